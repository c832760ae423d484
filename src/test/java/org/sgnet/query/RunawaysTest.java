package org.sgnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a runaway query's worker thread may be stopped by force. */
class RunawaysTest {

  private static StackTraceElement frame(String className) {
    return new StackTraceElement(className, "m", null, -1);
  }

  @Test
  void shouldStopAThreadWhoseInnermostFramesAreExpressionEvaluation() {
    StackTraceElement[] stack = {
      frame("java.lang.StringLatin1"),
      frame("org.neo4j.values.storable.StringWrappingStringValue"),
      frame("org.neo4j.cypher.internal.runtime.interpreted.commands.expressions.Add"),
      frame("org.neo4j.kernel.impl.newapi.AllStoreHolder")
    };

    assertThat(Runaways.computing(stack)).isTrue();
  }

  @Test
  void shouldNotStopAThreadInsideThePageCacheLocksOrTheKernel() {
    for (String inner :
        new String[] {
          "org.neo4j.io.pagecache.impl.muninn.MuninnPageCursor",
          "java.util.concurrent.locks.ReentrantLock",
          "org.neo4j.kernel.impl.newapi.AllStoreHolder",
          "java.lang.ClassLoader"
        }) {
      StackTraceElement[] stack = {
        frame(inner),
        frame("org.neo4j.cypher.internal.runtime.interpreted.commands.expressions.Add")
      };

      assertThat(Runaways.computing(stack)).as(inner).isFalse();
    }
  }
}
