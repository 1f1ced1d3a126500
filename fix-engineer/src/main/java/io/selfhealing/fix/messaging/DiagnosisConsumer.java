package io.selfhealing.fix.messaging;

import io.selfhealing.common.messaging.EventSender;
import io.selfhealing.common.messaging.RecentIds;
import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.EventCodec;
import io.selfhealing.events.FixProposed;
import io.selfhealing.fix.service.ProposalService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** healing.diagnoses → a fix proposal (possibly without a plan) → healing.fix-proposals. */
@ApplicationScoped
public class DiagnosisConsumer {

    private static final Logger LOG = Logger.getLogger(DiagnosisConsumer.class);

    private final ProposalService proposals;
    private final EventSender sender;
    private final MutinyEmitter<String> out;
    private final RecentIds seen = new RecentIds(1000);

    public DiagnosisConsumer(ProposalService proposals, EventSender sender,
            @Channel("proposals") MutinyEmitter<String> out) {
        this.proposals = proposals;
        this.sender = sender;
        this.out = out;
    }

    /** Blocking (reads the target's config file), in order. */
    @Incoming("diagnoses")
    @Blocking
    public void onDiagnosis(String json) {
        DiagnosisMade diagnosis = EventCodec.decode(json, DiagnosisMade.class);
        if (!seen.firstTime(diagnosis.header().eventId())) {
            return;
        }
        MDC.put("targetId", diagnosis.header().targetId());
        try {
            FixProposed proposal = proposals.propose(diagnosis);
            LOG.infof("diagnosis %s (%s, %d%%) → %s", diagnosis.header().eventId(), diagnosis.issueType(),
                    diagnosis.confidence(), proposal.plan() == null ? "no plan: " + proposal.rationale()
                            : proposal.plan().description());
            sender.sendAndWait(out, proposal);
        } finally {
            MDC.remove("targetId");
        }
    }
}
