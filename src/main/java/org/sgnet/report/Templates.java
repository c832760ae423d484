package org.sgnet.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.html.HtmlTemplateOutput;
import org.sgnet.SgnetException;

/**
 * sgnet's HTML templates: the report's ({@code src/main/jte/report}) and the web pages' ({@code
 * src/main/jte/web}). They are jte templates that the build turns into classes of the package their
 * folder names (jte-maven-plugin), so nothing is parsed at run time and a template sees its
 * package's package-private types. No Micronaut here: the command line renders reports without a
 * server.
 *
 * <p>Every value a template writes with {@code ${…}} is escaped by {@link Xml#escape}, sgnet's one
 * escaping for HTML (it also drops the control characters XML cannot hold, which the PDF renderer
 * would choke on). Only {@code $unsafe{…}} writes markup as it is, and only for markup sgnet built
 * itself; each such place says so in a comment.
 */
public final class Templates {

  /** The package the build puts the template classes under: {@code report/x.jte} → report. */
  private static final String PACKAGE = "org.sgnet";

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);

  private Templates() {}

  /**
   * Renders a template whose one parameter is {@code model}.
   *
   * @param template its path under {@code src/main/jte}, e.g. {@code report/briefing.jte}
   * @param model the value of its one {@code @param}
   * @throws SgnetException of kind FAILURE if the template fails
   */
  public static String render(String template, Object model) {
    StringBuilder html = new StringBuilder(16 * 1024);
    try {
      ENGINE.render(template, model, new EscapingOutput(html));
    } catch (TemplateException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE, "the template " + template + " failed", e);
    }
    return html.toString();
  }

  /**
   * jte's HTML output with {@link Xml#escape} for values, in element text and quoted attributes
   * alike. A template never writes a value into a script or an event handler (the pages' policy
   * allows no inline script): such a place fails rather than being escaped the wrong way.
   */
  private static final class EscapingOutput implements HtmlTemplateOutput {

    private final StringBuilder html;
    private boolean inAttribute;

    EscapingOutput(StringBuilder html) {
      this.html = html;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
      if ("script".equals(tagName) || attributeName != null && attributeName.startsWith("on")) {
        throw new SgnetException(
            SgnetException.Kind.FAILURE,
            "a template writes a value into a script (<" + tagName + " " + attributeName + ">)");
      }
      inAttribute = attributeName != null;
    }

    @Override
    public void writeContent(String markup) {
      html.append(markup);
    }

    @Override
    public void writeContent(String markup, int beginIndex, int endIndex) {
      html.append(markup, beginIndex, endIndex);
    }

    @Override
    public void writeUserContent(String value) {
      html.append(Xml.escape(value));
    }

    @Override
    public void writeUserContent(Enum<?> value) {
      // jte would write a constant's name as it is; escaped like any value, to be safe.
      writeUserContent(value == null ? null : value.name());
    }

    @Override
    public void writeUserContent(gg.jte.Content content) {
      if (content == null) {
        return;
      }
      if (!inAttribute) {
        // Markup of a template's own block, whose values were escaped as it was written.
        content.writeTo(this);
        return;
      }
      // In an attribute a block's markup is text: a quote in it must not end the attribute.
      StringBuilder block = new StringBuilder();
      EscapingOutput output = new EscapingOutput(block);
      content.writeTo(output);
      html.append(Xml.escape(block.toString()));
    }
  }
}
