package io.selfhealing.monitor.bench;

import io.selfhealing.monitor.service.probe.BlockingChecks;
import io.selfhealing.monitor.service.probe.GitProbe;
import io.selfhealing.monitor.service.probe.HostProbe;
import io.selfhealing.monitor.service.probe.HttpProbe;
import io.selfhealing.monitor.service.probe.KafkaClusterProbe;
import io.selfhealing.monitor.service.probe.PostgresProbe;
import io.selfhealing.monitor.service.probe.Probe;
import io.selfhealing.monitor.service.probe.ProbeHttpClient;
import java.util.List;

/** The agent's probes built by hand, with the agent's default of 4 blocking threads, for the cycle benchmark. */
final class BenchProbes {

    private BenchProbes() {
    }

    static List<Probe> create() {
        BlockingChecks blocking = new BlockingChecks(4);
        return List.of(new HttpProbe(new ProbeHttpClient()), new HostProbe(blocking), new PostgresProbe(blocking),
                new KafkaClusterProbe(blocking), new GitProbe(blocking),
                new io.selfhealing.monitor.service.probe.ProcessProbe(blocking));
    }
}
