package io.selfhealing.fix.service;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.selfhealing.fix.domain.FixCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActuatorsTest {

    @Test
    void aCatalogNamingAnUnregisteredActuatorFailsAtStartInsteadOfEscalatingSilently() throws Exception {
        FixCatalog catalog = CatalogProducer.builtIn();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Actuators.index(catalog, List.of(new GitConfigActuator(null))));
        assertTrue(e.getMessage().contains("k8s-restart"), e.getMessage());
    }
}
