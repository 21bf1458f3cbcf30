/**
 * Ground-station contacts: {@link space.cosmodrome.contact.Contacts#find} gives, for each
 * {@link space.cosmodrome.contact.GroundStation}, the passes above its minimum elevation
 * ({@link space.cosmodrome.contact.Contact}: AOS, LOS, culmination) and the totals per UTC day
 * ({@link space.cosmodrome.contact.DailyContacts}).
 */
package space.cosmodrome.contact;
