package space.cosmodrome.error;

/**
 * What went wrong, in categories the edges map to an exit code (command line) and an HTTP status (server).
 * The message template names its values in the order they are given to {@link CosmodromeException}.
 */
public enum ErrorCode {
    /** A value given by the user is out of its allowed range: {field}, {value}, {allowed}. */
    BAD_VALUE(2, 400, "%s: %s is not allowed; %s"),
    /** A required value is missing: {field}, {what is expected}. */
    MISSING_VALUE(2, 400, "%s is required; %s"),
    /** An identifier that is not in a catalog: {field}, {value}, {suggestion}. */
    UNKNOWN_ID(2, 404, "%s: unknown id '%s'; %s"),
    /** A file that cannot be read or parsed: {file}, {where and what}. */
    BAD_FILE(2, 400, "%s: %s"),
    /** The orbit asked for cannot be reached: {what}, {why and what is reachable}. */
    UNREACHABLE(2, 422, "%s cannot be reached: %s"),
    /** Reference data (Orekit data set, space weather) missing or not covering the dates: {what}. */
    MISSING_DATA(3, 503, "missing data: %s"),
    /** A failure inside Cosmodrome or Orekit that is not the user's input: {context}, {cause}. */
    INTERNAL(1, 500, "%s failed: %s");

    private final int exitCode;
    private final int httpStatus;
    private final String template;

    ErrorCode(int exitCode, int httpStatus, String template) {
        this.exitCode = exitCode;
        this.httpStatus = httpStatus;
        this.template = template;
    }

    /** @return process exit code for the command line (0 success, 2 bad input, 3 missing data, 1 internal) */
    public int exitCode() {
        return exitCode;
    }

    /** @return HTTP status for the server */
    public int httpStatus() {
        return httpStatus;
    }

    String format(Object... values) {
        return String.format(java.util.Locale.ROOT, template, values);
    }
}
