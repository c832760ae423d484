package org.sgnet.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.util.List;
import org.reactivestreams.Publisher;
import org.sgnet.users.User;
import org.sgnet.users.UserDirectory;

/**
 * Refuses a bearer token whose user has since been removed or given another role: a token is only
 * as good as the user behind it now, not when it was issued.
 */
@Singleton
class CurrentUserRule implements SecurityRule<HttpRequest<?>> {

  private final UserDirectory users;

  CurrentUserRule(UserDirectory users) {
    this.users = users;
  }

  @Override
  public int getOrder() {
    return SecuredAnnotationRule.ORDER - 100;
  }

  @Override
  public Publisher<SecurityRuleResult> check(
      HttpRequest<?> request, Authentication authentication) {
    if (authentication == null) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    List<String> roles = List.copyOf(authentication.getRoles());
    boolean current =
        users.list().stream()
            .filter(u -> u.name().equals(authentication.getName()))
            .map(User::role)
            .anyMatch(role -> roles.equals(List.of(role.name())));
    return Publishers.just(current ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
  }
}
