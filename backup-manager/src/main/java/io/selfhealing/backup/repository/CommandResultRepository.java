package io.selfhealing.backup.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CommandResultRepository implements PanacheRepositoryBase<CommandResultEntity, String> {
}
