package space.cosmodrome.ascent;

import java.util.List;

import org.junit.jupiter.api.Test;

class AscentScratchTest {
    @Test
    void angara() {
        for (double alt : new double[] {200, 500}) {
            long t0 = System.nanoTime();
            AscentResult r = PayloadCapacity.maximize(TestVehicles.angara12(), TestVehicles.vostochny(List.of()),
                    alt == 500 ? TargetOrbit.sunSynchronous(500e3) : TargetOrbit.circular(alt * 1000, Math.toRadians(51.8)));
            System.out.printf("alt %.0f payload %.0f kg az %.2f plan %s ins %.1f x %.1f i=%.3f t=%.1f ms=%.0f%n", alt, r.payloadKg(),
                    Math.toDegrees(r.approach().groundAzimuthRad()), r.plan(), r.insertion().perigeeAltitudeM() / 1000,
                    r.insertion().apogeeAltitudeM() / 1000, Math.toDegrees(r.insertion().inclinationRad()), r.cutoffTimeS(),
                    (System.nanoTime() - t0) / 1e6);
            System.out.println(r.deltaV() + " maxQ " + r.maxDynamicPressurePa() + " maxG " + r.maxAccelerationG());
            r.events().forEach(System.out::println);
        }
    }
}
