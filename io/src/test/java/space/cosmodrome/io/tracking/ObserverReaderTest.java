package space.cosmodrome.io.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.passes.Observer;

/** The CSV and YAML forms of an observers file describe the same observer, mask included. */
class ObserverReaderTest {
    @Test
    void csvAndYamlMasksAgree() {
        List<Observer> csv = ObserverReader.csv("o.csv",
                "name,latitudeDeg,longitudeDeg,altitudeM,minElevationDeg,mask\nMoscow,55.75,37.62,150,5,0:10;90:20;180:5\n");
        List<Observer> yaml = ObserverReader.yaml("o.yaml", "- name: Moscow\n  latitudeDeg: 55.75\n  longitudeDeg: 37.62\n"
                + "  altitudeM: 150\n  minElevationDeg: 5\n  mask: [[0, 10], [90, 20], [180, 5]]\n");
        for (double azDeg = 0; azDeg < 360; azDeg += 15) {
            double az = Math.toRadians(azDeg);
            assertThat(csv.get(0).mask().elevationAt(az)).isCloseTo(yaml.get(0).mask().elevationAt(az), within(1e-12));
        }
        // halfway between 0 and 90 deg azimuth the mask is halfway between 10 and 20 deg
        assertThat(Math.toDegrees(csv.get(0).mask().elevationAt(Math.toRadians(45)))).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void aBadMaskNamesTheEntryAndField() {
        assertThatThrownBy(() -> ObserverReader.csv("o.csv",
                "name,latitudeDeg,longitudeDeg,altitudeM,mask\nMoscow,55.75,37.62,150,0:10;90\n"))
                .isInstanceOf(CosmodromeException.class).hasMessageContaining("o.csv").hasMessageContaining("mask")
                .hasMessageContaining("0:10;90");
        assertThatThrownBy(() -> ObserverReader.csv("o.csv",
                "name,latitudeDeg,longitudeDeg,altitudeM,mask\nMoscow,55.75,37.62,150,400:10\n"))
                .hasMessageContaining("azimuthDeg").hasMessageContaining("400");
    }
}
