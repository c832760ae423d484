package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;

class DiskSpaceTest {

  private static final long MIB = 1L << 20;
  private final AtomicLong free = new AtomicLong();
  private final DiskSpace space = new DiskSpace(Path.of("/data/sgnet/db"), free::get);

  @Test
  void shouldRefuseAnImportWhoseRowsNeedMoreThanTheFreeSpace() {
    free.set(100 * MIB);
    assertThatThrownBy(() -> space.checkBefore(50_000))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("the disk holding the store /data/sgnet/db is (nearly) full")
        .hasMessageContaining("100 MiB free")
        .hasMessageContaining("the import of 50000 rows needs about 161 MiB")
        .hasMessageContaining("nothing was imported")
        .satisfies(
            e -> assertThat(((SgnetException) e).kind()).isEqualTo(SgnetException.Kind.NO_SPACE));
  }

  @Test
  void shouldLetAnImportThatFitsWithItsReserveBegin() {
    free.set(50_000 * DiskSpace.BYTES_PER_ROW + DiskSpace.RESERVE);
    space.checkBefore(50_000);
  }

  @Test
  void shouldStopAnImportOnceTheReserveIsReached() {
    free.set(DiskSpace.RESERVE);
    space.checkDuring();
    free.set(DiskSpace.RESERVE - 1);
    assertThatThrownBy(space::checkDuring).hasMessageContaining("sgnet keeps 64 MiB free");
  }

  @Test
  void shouldExplainAWriteThatFailedForWantOfSpaceAndNothingElse() {
    free.set(3 * MIB);
    RuntimeException full =
        new IllegalStateException(
            "commit failed", new UncheckedIOException(new IOException("No space left on device")));
    assertThat(space.explain(full))
        .hasMessageContaining("3 MiB free, and a write failed for want of space");
    assertThat(space.explain(new IllegalStateException("commit failed", new IOException("gone"))))
        .isNull();
  }
}
