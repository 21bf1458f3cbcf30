/**
 * Errors: one unchecked {@link space.cosmodrome.error.CosmodromeException} with an
 * {@link space.cosmodrome.error.ErrorCode} (exit code, HTTP status, message template) and a details map.
 */
package space.cosmodrome.error;
