package space.cosmodrome.io.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateTimeComponents;

import space.cosmodrome.data.OrekitData;

/** Dates at the edge: ISO-8601 UTC to the millisecond. */
final class Times {
    private Times() {
    }

    static Instant instant(AbsoluteDate date) {
        DateTimeComponents c = date.getComponents(OrekitData.utc());
        long millis = Math.round(c.getTime().getSecondsInUTCDay() * 1000);
        return LocalDate.of(c.getDate().getYear(), c.getDate().getMonth(), c.getDate().getDay())
                .atStartOfDay(ZoneOffset.UTC).toInstant().plusMillis(millis).truncatedTo(ChronoUnit.MILLIS);
    }

    static String iso(AbsoluteDate date) {
        return date == null ? null : instant(date).toString();
    }
}
