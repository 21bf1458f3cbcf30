package space.cosmodrome.contact;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.errors.OrekitException;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.events.ElevationDetector;
import org.orekit.propagation.events.ElevationExtremumDetector;
import org.orekit.propagation.events.handlers.RecordAndContinue;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.Trajectory;

/**
 * Finds ground-station passes with Orekit's elevation detectors (threshold 1 ms). The elevation is
 * geometric (no refraction).
 */
public final class Contacts {
    /** Largest step between checks of the elevation (s); passes shorter than this may be missed. */
    public static final double MAX_CHECK_S = 20;
    /** Convergence of event times (s). */
    public static final double THRESHOLD_S = 1e-3;

    private Contacts() {
    }

    /**
     * @param trajectory the propagated orbit
     * @param stations the stations
     * @return all passes within the trajectory's span, and daily totals
     */
    public static ContactReport find(Trajectory trajectory, List<GroundStation> stations) {
        OneAxisEllipsoid earth = Bodies.earth();
        List<Contact> all = new ArrayList<>();
        for (GroundStation station : stations) {
            all.addAll(passes(trajectory, earth, station));
        }
        all.sort(Comparator.comparing(Contact::aos));
        return new ContactReport(List.copyOf(all), daily(all, stations));
    }

    /** @return the topocentric frame of a station on the WGS84 ellipsoid */
    public static TopocentricFrame frameOf(OneAxisEllipsoid earth, GroundStation s) {
        return new TopocentricFrame(earth, new GeodeticPoint(s.latitudeRad(), s.longitudeRad(), s.altitudeM()), s.name());
    }

    private static List<Contact> passes(Trajectory trajectory, OneAxisEllipsoid earth, GroundStation station) {
        TopocentricFrame topo = frameOf(earth, station);
        RecordAndContinue horizon = new RecordAndContinue();
        RecordAndContinue extrema = new RecordAndContinue();
        BoundedPropagator p = trajectory.propagator();
        // elevations at the span edges, read before any detector is attached
        double startElevation = elevation(topo, trajectory, trajectory.start());
        double endElevation = elevation(topo, trajectory, trajectory.end());
        p.addEventDetector(new ElevationDetector(MAX_CHECK_S, THRESHOLD_S, topo)
                .withConstantElevation(station.minElevationRad()).withHandler(horizon));
        p.addEventDetector(new ElevationExtremumDetector(MAX_CHECK_S, THRESHOLD_S, topo).withHandler(extrema));
        try {
            p.propagate(trajectory.start(), trajectory.end());
        } catch (OrekitException e) {
            throw CosmodromeException.internal("finding passes over " + station.name(), e);
        }
        List<Contact> result = new ArrayList<>();
        AbsoluteDate aos = null;
        boolean truncated = false;
        if (startElevation > station.minElevationRad()) {
            aos = trajectory.start();
            truncated = true;
        }
        for (RecordAndContinue.Event e : horizon.getEvents()) {
            AbsoluteDate t = e.getState().getDate();
            if (e.isIncreasing()) {
                aos = t;
                truncated = false;
            } else if (aos != null) {
                result.add(contact(station, topo, extrema, aos, t, truncated, trajectory, startElevation, endElevation));
                aos = null;
                truncated = false;
            }
        }
        if (aos != null) {
            result.add(contact(station, topo, extrema, aos, trajectory.end(), true, trajectory, startElevation, endElevation));
        }
        return result;
    }

    private static Contact contact(GroundStation station, TopocentricFrame topo, RecordAndContinue extrema, AbsoluteDate aos,
                                   AbsoluteDate los, boolean truncated, Trajectory trajectory,
                                   double startElevation, double endElevation) {
        AbsoluteDate best = null;
        double bestElevation = Double.NEGATIVE_INFINITY;
        for (RecordAndContinue.Event e : extrema.getEvents()) {
            AbsoluteDate t = e.getState().getDate();
            // a maximum is where the elevation rate goes from positive to negative
            if (!e.isIncreasing() && t.compareTo(aos) >= 0 && t.compareTo(los) <= 0) {
                double el = elevation(topo, e.getState());
                if (el > bestElevation) {
                    bestElevation = el;
                    best = t;
                }
            }
        }
        // a truncated pass may have its highest point at an edge
        if (aos.equals(trajectory.start()) && startElevation > bestElevation) {
            bestElevation = startElevation;
            best = aos;
        }
        if (los.equals(trajectory.end()) && endElevation > bestElevation) {
            bestElevation = endElevation;
            best = los;
        }
        if (best == null) {
            // no maximum found inside (a pass shorter than the detection step): take the midpoint
            best = aos.shiftedBy(los.durationFrom(aos) / 2);
            bestElevation = station.minElevationRad();
        }
        return new Contact(station, aos, los, best, bestElevation, truncated);
    }

    static double elevation(TopocentricFrame topo, SpacecraftState s) {
        return topo.getElevation(s.getPosition(), s.getFrame(), s.getDate());
    }

    static double elevation(TopocentricFrame topo, Trajectory trajectory, AbsoluteDate date) {
        BoundedPropagator e = trajectory.ephemeris();
        return topo.getElevation(e.getPosition(date, e.getFrame()), e.getFrame(), date);
    }

    private static List<DailyContacts> daily(List<Contact> contacts, List<GroundStation> stations) {
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
