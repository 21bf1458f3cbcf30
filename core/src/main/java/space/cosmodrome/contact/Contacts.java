package space.cosmodrome.contact;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.ConditionIntervals;
import space.cosmodrome.orbit.EarthFixedTrack;
import space.cosmodrome.orbit.Trajectory;

/**
 * Finds ground-station passes: the elevation above the station's minimum (its elevation mask at the
 * satellite's azimuth, where it has one) is scanned on an {@link EarthFixedTrack} and each change of sign is
 * refined on the exact ephemeris to {@link ConditionIntervals#ACCURACY_S}; the culmination is the highest
 * sample refined by a golden-section search. The elevation is geometric (no refraction), from the WGS84
 * ellipsoid's normal, as Orekit's topocentric frame measures it.
 */
public final class Contacts {
    /** Largest step between checks of the elevation (s); passes shorter than this may be missed. */
    public static final double MAX_CHECK_S = EarthFixedTrack.DEFAULT_STEP_S;
    /** Convergence of event times (s). */
    public static final double THRESHOLD_S = ConditionIntervals.ACCURACY_S;

    private Contacts() {
    }

    /**
     * @param trajectory the propagated orbit
     * @param stations the stations
     * @return all passes within the trajectory's span, and daily totals
     */
    public static ContactReport find(Trajectory trajectory, List<GroundStation> stations) {
        return find(EarthFixedTrack.sample(trajectory, MAX_CHECK_S), stations);
    }

    /**
     * @param track the sampled trajectory
     * @param stations the stations
     * @return all passes within the track's span, and daily totals
     */
    public static ContactReport find(EarthFixedTrack track, List<GroundStation> stations) {
        OneAxisEllipsoid earth = Bodies.earth();
        List<Contact> all = new ArrayList<>();
        for (GroundStation station : stations) {
            all.addAll(passes(track, earth, station));
        }
        all.sort(Comparator.comparing(Contact::aos));
        return new ContactReport(List.copyOf(all), daily(all, stations));
    }

    /** @return the topocentric frame of a station on the WGS84 ellipsoid */
    public static TopocentricFrame frameOf(OneAxisEllipsoid earth, GroundStation s) {
        return new TopocentricFrame(earth, new GeodeticPoint(s.latitudeRad(), s.longitudeRad(), s.altitudeM()), s.name());
    }

    /** A station's position and local axes in ITRF. */
    private static final class Site {
        final Vector3D position;
        final Vector3D east;
        final Vector3D north;
        final Vector3D zenith;
        final GroundStation station;

        Site(OneAxisEllipsoid earth, GroundStation s) {
            GeodeticPoint g = new GeodeticPoint(s.latitudeRad(), s.longitudeRad(), s.altitudeM());
            position = earth.transform(g);
            east = g.getEast();
            north = g.getNorth();
            zenith = g.getZenith();
            station = s;
        }

        double elevation(Vector3D sat) {
            Vector3D d = sat.subtract(position);
            return Math.asin(Vector3D.dotProduct(d, zenith) / d.getNorm());
        }

        /** elevation above the station's minimum at the satellite's azimuth (rad) */
        double margin(Vector3D sat) {
            Vector3D d = sat.subtract(position);
            double el = Math.asin(Vector3D.dotProduct(d, zenith) / d.getNorm());
            if (station.mask() == null) {
                return el - station.minElevationRad();
            }
            double az = Math.atan2(Vector3D.dotProduct(d, east), Vector3D.dotProduct(d, north));
            return el - station.minElevationAt(az);
        }

        double sampled(EarthFixedTrack track, int i) {
            double[] s = track.satellite();
            double dx = s[3 * i] - position.getX();
            double dy = s[3 * i + 1] - position.getY();
            double dz = s[3 * i + 2] - position.getZ();
            double up = dx * zenith.getX() + dy * zenith.getY() + dz * zenith.getZ();
            if (up <= 0) {
                // below the horizon, hence below any minimum: the sign is all that matters
                return up / Math.sqrt(dx * dx + dy * dy + dz * dz) - 1e-9;
            }
            return margin(new Vector3D(s[3 * i], s[3 * i + 1], s[3 * i + 2]));
        }
    }

    private static List<Contact> passes(EarthFixedTrack track, OneAxisEllipsoid earth, GroundStation station) {
        Site site = new Site(earth, station);
        List<Contact> result = new ArrayList<>();
        for (ConditionIntervals.Interval i : ConditionIntervals.find(track, k -> site.sampled(track, k),
                t -> site.margin(track.satelliteAt(t)))) {
            result.add(contact(track, site, i));
        }
        return result;
    }

    private static Contact contact(EarthFixedTrack track, Site site, ConditionIntervals.Interval pass) {
        // the highest sample inside the pass, then a golden-section search around it
        double bestT = pass.startS();
        double bestEl = site.elevation(track.satelliteAt(pass.startS()));
        double endEl = site.elevation(track.satelliteAt(pass.endS()));
        if (endEl > bestEl) {
            bestT = pass.endS();
            bestEl = endEl;
        }
        int first = (int) Math.ceil(pass.startS() / track.stepS());
        for (int k = first; k < track.size() && track.timeS(k) <= pass.endS(); k++) {
            double el = site.elevation(track.satellite(k));
            if (el > bestEl) {
                bestEl = el;
                bestT = track.timeS(k);
            }
        }
        double lo = Math.max(pass.startS(), bestT - track.stepS());
        double hi = Math.min(pass.endS(), bestT + track.stepS());
        double ratio = (Math.sqrt(5) - 1) / 2;
        while (hi - lo > 0.01) {
            double x1 = hi - ratio * (hi - lo);
            double x2 = lo + ratio * (hi - lo);
            double e1 = site.elevation(track.satelliteAt(x1));
            double e2 = site.elevation(track.satelliteAt(x2));
            if (e1 > bestEl) {
                bestEl = e1;
                bestT = x1;
            }
            if (e2 > bestEl) {
                bestEl = e2;
                bestT = x2;
            }
            if (e1 > e2) {
                hi = x2;
            } else {
                lo = x1;
            }
        }
        AbsoluteDate start = track.start();
        return new Contact(site.station, start.shiftedBy(pass.startS()), start.shiftedBy(pass.endS()), start.shiftedBy(bestT),
                bestEl, pass.truncated());
    }

    static double elevation(TopocentricFrame topo, SpacecraftState s) {
        return topo.getElevation(s.getPosition(), s.getFrame(), s.getDate());
    }

    static double elevation(TopocentricFrame topo, Trajectory trajectory, AbsoluteDate date) {
        BoundedPropagator e = trajectory.ephemeris();
        return topo.getElevation(e.getPosition(date, e.getFrame()), e.getFrame(), date);
    }

    /** @return per station (in the given order) and UTC day of AOS, the passes and their total duration */
    public static List<DailyContacts> daily(List<Contact> contacts, List<GroundStation> stations) {
        TimeScale utc = OrekitData.utc();
        List<DailyContacts> result = new ArrayList<>();
        for (GroundStation s : stations) {
            Map<LocalDate, double[]> days = new LinkedHashMap<>();
            for (Contact c : contacts) {
                if (c.station().equals(s)) {
                    LocalDate day = LocalDate.ofInstant(c.aos().toDate(utc).toInstant(), ZoneOffset.UTC);
                    double[] acc = days.computeIfAbsent(day, d -> new double[2]);
                    acc[0]++;
                    acc[1] += c.durationS();
                }
            }
            days.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> result.add(new DailyContacts(s, e.getKey(), (int) e.getValue()[0], e.getValue()[1])));
        }
        return List.copyOf(result);
    }
}
