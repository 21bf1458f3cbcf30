package space.cosmodrome.contact;

import java.util.List;

/**
 * Contacts over an analysis span.
 *
 * @param contacts all passes of all stations, sorted by AOS
 * @param daily per station and UTC day, sorted by station then day
 */
public record ContactReport(List<Contact> contacts, List<DailyContacts> daily) {
    /** @return the passes of one station, sorted by AOS */
    public List<Contact> of(GroundStation station) {
        return contacts.stream().filter(c -> c.station().equals(station)).toList();
    }

    /** @return the summed duration of all passes (s) */
    public double totalDurationS() {
        return contacts.stream().mapToDouble(Contact::durationS).sum();
    }
}
