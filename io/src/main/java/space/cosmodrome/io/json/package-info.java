/** The shared JSON writer: pretty, ordered, no NaN. */
package space.cosmodrome.io.json;
