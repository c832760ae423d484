package org.sgnet.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignatureTest {

  private static final String SECRET = "0123456789abcdef-secret";
  private static final byte[] BODY = "{\"seq\":1}".getBytes(StandardCharsets.UTF_8);

  @Test
  void shouldSignTheTimestampADotAndTheBodyAsPythonsHmacDoes() {
    // python3 -c "import hmac,hashlib; print(hmac.new(b'0123456789abcdef-secret',
    //   b'1700000000.{\"seq\":1}', hashlib.sha256).hexdigest())"
    assertThat(Signature.sign(SECRET, 1_700_000_000L, BODY))
        .isEqualTo("sha256=0baa640c08aa8a5dc5248bb71fdee048ac77a96b85d5909ed2d018adb809fe42");
  }

  @Test
  void shouldChangeTheSignatureWhenTheBodyTheTimestampOrTheSecretChanges() {
    String signed = Signature.sign(SECRET, 1_700_000_000L, BODY);
    assertThat(Signature.sign(SECRET, 1_700_000_001L, BODY)).isNotEqualTo(signed);
    assertThat(Signature.sign(SECRET, 1_700_000_000L, "{\"seq\":2}".getBytes()))
        .isNotEqualTo(signed);
    assertThat(Signature.sign(SECRET + "x", 1_700_000_000L, BODY)).isNotEqualTo(signed);
  }

  @Test
  void shouldFingerprintASecretWithTheStartOfItsSha256() {
    assertThat(Signature.fingerprint(SECRET)).isEqualTo("850ae3f42333");
  }
}
