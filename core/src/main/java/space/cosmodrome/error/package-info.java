/**
 * Errors: one unchecked {@link space.cosmodrome.error.CosmodromeException} with an
 * {@link space.cosmodrome.error.ErrorCode} (exit code, HTTP status, message template) and a details map;
 * {@link space.cosmodrome.error.Suggestions} finds the nearest known names for a misspelled one.
 */
package space.cosmodrome.error;
