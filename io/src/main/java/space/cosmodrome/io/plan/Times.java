package space.cosmodrome.io.plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;

/** Dates at the edge: ISO-8601 UTC to the millisecond. */
final class Times {
    private Times() {
    }

    static Instant instant(AbsoluteDate date) {
        // toDate truncates to the millisecond; round instead
        AbsoluteDate rounded = date.shiftedBy(0.0005);
        return rounded.toDate(OrekitData.utc()).toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String iso(AbsoluteDate date) {
        return date == null ? null : instant(date).toString();
    }
}
