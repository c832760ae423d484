package org.sgnet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.sgnet.SgnetException;

/**
 * Secrets (passwords, webhook secrets) read from standard input, never from the command line, where
 * other users of the machine could see them.
 */
final class StandardInput {

  private StandardInput() {}

  /**
   * Returns the first line of standard input.
   *
   * @param what what the line holds, for the error ("password", "secret")
   * @throws SgnetException of kind INVALID_INPUT when standard input is empty or its first line is
   */
  static String firstLine(String what) throws IOException {
    String line =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (line == null || line.isEmpty()) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "no " + what + " on standard input");
    }
    return line;
  }
}
