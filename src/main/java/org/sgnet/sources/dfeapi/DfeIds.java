package org.sgnet.sources.dfeapi;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bundle ids of the payload's people and events, the same each time a payload is read.
 *
 * <p>The schema's ids are letters, digits, {@code _} and {@code -}, never {@code .}: a child is
 * {@code dfe-<la_child_id>}, and every other id puts a {@code .} where no child id can have one
 * ({@code dfe.worker-…}, {@code dfe-<la_child_id>.<kind>.<record id>}), so that no id of one kind
 * can equal an id of another. An id that would pass the bundle's 64 characters becomes {@code
 * dfe.h.<kind>.<hash>} of its parts.
 */
final class DfeIds {

  /** The schema's pattern of an id, with its longest length (36). */
  static final Pattern SCHEMA_ID = Pattern.compile("[A-Za-z0-9_-]{1,36}");

  private static final int MAX = 64;

  private DfeIds() {}

  /** The child's person id. */
  static String child(String laChildId) {
    return "dfe-" + laChildId;
  }

  /** A care worker's person id, by their worker id (a Social Work England number or other). */
  static String worker(String workerId) {
    return "dfe.worker-" + workerId.toUpperCase(Locale.ROOT);
  }

  /** The parents a child is placed with under placement type P1 (the API does not name them). */
  static String parents(String laChildId) {
    return bounded("dfe.parents-" + laChildId, "parents", laChildId);
  }

  /**
   * The carer or establishment of a placement: by placement type and postcode when the payload
   * gives the placement's postcode, so that siblings placed in one home are placed with one person;
   * else one of its own per placement record. The postcode enters the id only hashed.
   */
  static String place(String laChildId, String placementId, String type, String postcode) {
    if (postcode != null) {
      String folded = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
      return "dfe.place-" + type.toUpperCase(Locale.ROOT) + "-" + hash("postcode", folded);
    }
    return bounded("dfe.place-" + laChildId + "." + placementId, "place", laChildId, placementId);
  }

  /**
   * An event's id: the child, the kind of record and the record's own id (and more parts when one
   * record makes several events).
   */
  static String event(String laChildId, String kind, String... parts) {
    StringBuilder id = new StringBuilder("dfe-").append(laChildId).append('.').append(kind);
    for (String part : parts) {
      id.append('.').append(part);
    }
    String[] all = new String[parts.length + 1];
    all[0] = laChildId;
    System.arraycopy(parts, 0, all, 1, parts.length);
    return bounded(id.toString(), kind, all);
  }

  private static String bounded(String id, String kind, String... parts) {
    return id.length() <= MAX ? id : "dfe.h." + kind + "." + hash(kind, parts);
  }

  /** The first 16 hex digits of the SHA-256 of the parts (a collision is not to be expected). */
  private static String hash(String kind, String... parts) {
    return org.apache.commons.codec.digest.DigestUtils.sha256Hex(
            kind + "\u0000" + String.join("\u0000", parts))
        .substring(0, 16);
  }
}
