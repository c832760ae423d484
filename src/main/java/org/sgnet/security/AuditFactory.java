package org.sgnet.security;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.sgnet.app.ServerFiles;
import org.sgnet.audit.AuditLog;

/**
 * The audit log of a running server: {@code sgnet.audit.log}, else {@code audit.log} with the
 * store.
 */
@Factory
class AuditFactory {

  @Singleton
  @Bean(preDestroy = "close")
  AuditLog auditLog(ServerFiles files, @Value("${sgnet.audit.log:}") String file) {
    return new AuditLog(file.isBlank() ? files.resolve("audit.log") : Path.of(file));
  }
}
