package io.selfhealing.fix.service;

import io.selfhealing.events.DiagnosisMade;
import io.selfhealing.events.FixProposed;
import io.selfhealing.fix.domain.FixCatalog;
import io.selfhealing.fix.domain.FixRefused;
import io.selfhealing.fix.domain.FixType;
import io.selfhealing.fix.domain.GitFile;
import io.selfhealing.fix.domain.PropertiesText;
import io.selfhealing.fix.domain.Proposal;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/** Turns a diagnosis into a fix proposal from the catalog, reading the target's current config. */
@ApplicationScoped
public class ProposalService {

    static final String SOURCE = "fix-engineer";

    private final FixCatalog catalog;
    private final TargetDirectory targets;

    public ProposalService(FixCatalog catalog, TargetDirectory targets) {
        this.catalog = catalog;
        this.targets = targets;
    }

    /** Blocking: reads the target's config file. */
    public FixProposed propose(DiagnosisMade diagnosis) {
        Proposal proposal = proposal(diagnosis);
        return new FixProposed(diagnosis.header().next(SOURCE), diagnosis.header().eventId(),
                diagnosis.issueType(), diagnosis.confidence(), proposal.plan(), proposal.rationale());
    }

    private Proposal proposal(DiagnosisMade diagnosis) {
        String targetId = diagnosis.header().targetId();
        Optional<FixType> type = catalog.forIssue(diagnosis.issueType());
        if (type.isEmpty()) {
            return Proposal.none("no catalog fix for issue type " + diagnosis.issueType()
                    + "; a person must decide");
        }
        Optional<GitFile> config;
        try {
            config = targets.configOf(targetId);
        } catch (FixRefused e) {
            return Proposal.none(e.getMessage());
        }
        if (config.isEmpty()) {
            return Proposal.none("target " + targetId + " declares no config location; nothing the platform may change");
        }
        try {
            byte[] content = Files.readAllBytes(config.get().file());
            return type.get().propose(config.get().toResource(), PropertiesText.of(content));
        } catch (IOException e) {
            return Proposal.none("cannot read " + config.get().file() + ": " + e.getMessage());
        }
    }
}
