package space.cosmodrome.orbit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

import org.orekit.errors.OrekitException;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.propagation.EphemerisGenerator;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.error.CosmodromeException;

/**
 * One propagation over an analysis span, kept as an ephemeris. Analyses attach their event detectors to
 * {@link #propagator()} (after {@link BoundedPropagator#clearEventsDetectors()}), so the orbit is integrated
 * once however many analyses read it.
 *
 * @param start first date of the span
 * @param end last date of the span
 * @param model the propagation model used
 * @param ephemeris the propagated ephemeris, covering at least [start, end]
 * @param samples states at a fixed step from start to end (both included)
 */
public record Trajectory(AbsoluteDate start, AbsoluteDate end, PropagationModel model, BoundedPropagator ephemeris,
                         List<SpacecraftState> samples) {

    /**
     * Propagates an orbit over a span.
     * @param orbit initial orbit (its date at or before start)
     * @param spacecraft physical properties
     * @param model propagation model
     * @param start first date of the span
     * @param end last date of the span
     * @param stepS sampling step for {@link #samples} (s)
     * @param progress receives the fraction of the span done, 0 to 1
     * @return the trajectory
     */
    public static Trajectory propagate(Orbit orbit, Spacecraft spacecraft, PropagationModel model, AbsoluteDate start,
                                       AbsoluteDate end, double stepS, DoubleConsumer progress) {
        if (!(end.durationFrom(start) > 0)) {
            throw CosmodromeException.badValue("analysis.durationDays", end.durationFrom(start) / 86_400, "allowed: above 0");
        }
        if (start.durationFrom(orbit.getDate()) < -1e-3) {
            throw CosmodromeException.badValue("analysis.startUtc", start, "allowed: at or after the orbit epoch " + orbit.getDate());
        }
        return propagate(model.build(orbit, spacecraft), model, start, end, stepS, progress);
    }

    /**
     * Propagates with a propagator built beforehand (SGP4 for a TLE, or a chosen gravity field).
     * @param propagator the propagator, its initial state at or before start
     * @param model the model it stands for
     * @param start first date of the span
     * @param end last date of the span
     * @param stepS sampling step for {@link #samples} (s)
     * @param progress receives the fraction of the span done, 0 to 1
     * @return the trajectory
     */
    public static Trajectory propagate(Propagator propagator, PropagationModel model, AbsoluteDate start, AbsoluteDate end,
                                       double stepS, DoubleConsumer progress) {
        if (!(end.durationFrom(start) > 0)) {
            throw CosmodromeException.badValue("analysis.durationDays", end.durationFrom(start) / 86_400, "allowed: above 0");
        }
        if (start.durationFrom(propagator.getInitialState().getDate()) < -1e-3) {
            throw CosmodromeException.badValue("analysis.startUtc", start, "allowed: at or after the orbit epoch "
                    + propagator.getInitialState().getDate());
        }
        Orbit orbit = propagator.getInitialState().getOrbit();
        double span = end.durationFrom(start);
        List<SpacecraftState> samples = new ArrayList<>();
        try {
            if (start.durationFrom(orbit.getDate()) > 0) {
                propagator.resetInitialState(propagator.propagate(start));
            }
            EphemerisGenerator generator = propagator.getEphemerisGenerator();
            propagator.getMultiplexer().add(stepS, s -> {
                samples.add(s);
                progress.accept(Math.min(1, s.getDate().durationFrom(start) / span));
            });
            propagator.propagate(end);
            BoundedPropagator ephemeris = generator.getGeneratedEphemeris();
            return new Trajectory(start, end, model, ephemeris, List.copyOf(samples));
        } catch (OrekitException e) {
            throw CosmodromeException.internal("propagating the orbit (" + model.id() + ") from " + start + " to " + end, e);
        }
    }

    /** @return the ephemeris with no event detectors attached, ready for an analysis to add its own */
    public BoundedPropagator propagator() {
        ephemeris.clearEventsDetectors();
        ephemeris.getMultiplexer().clear();
        return ephemeris;
    }

    /** @return the span length (s) */
    public double durationS() {
        return end.durationFrom(start);
    }
}
