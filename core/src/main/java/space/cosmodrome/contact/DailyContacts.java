package space.cosmodrome.contact;

import java.time.LocalDate;

/**
 * Contacts of one station on one UTC day (a pass counts on the day of its AOS).
 *
 * @param station the station
 * @param day the UTC day
 * @param count number of passes
 * @param totalDurationS their summed duration (s)
 */
public record DailyContacts(GroundStation station, LocalDate day, int count, double totalDurationS) {
}
