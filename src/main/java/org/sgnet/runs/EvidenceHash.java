package org.sgnet.runs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.sgnet.rules.Finding;
import org.sgnet.rules.FindingsJson;

/**
 * The SHA-256 of what a finding rests on: its agencies, people and details, without the details
 * that change by themselves every day ({@code daysSince…}). When the hash changes, the evidence
 * changed, and a dismissal no longer covers it.
 */
final class EvidenceHash {

  private EvidenceHash() {}

  static String of(Finding f) {
    Map<String, Object> evidence = new TreeMap<>();
    f.details()
        .forEach(
            (k, v) -> {
              if (!k.startsWith("daysSince")) {
                evidence.put("details." + k, v);
              }
            });
    evidence.put("agencyIds", f.agencyIds());
    evidence.put("personIds", f.personIds());
    byte[] canonical = FindingsJson.details(evidence).getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
