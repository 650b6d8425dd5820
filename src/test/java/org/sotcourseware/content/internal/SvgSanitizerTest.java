package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgSanitizerTest {

    private final SvgSanitizer sanitizer = new SvgSanitizer();

    @Test
    void drawing_survives_and_scripts_handlers_and_external_references_do_not() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">
                  <script>alert(1)</script>
                  <foreignObject><div>x</div></foreignObject>
                  <linearGradient id="g"><stop offset="0"/></linearGradient>
                  <rect width="10" height="10" fill="url(#g)" onclick="alert(2)" style="fill:red"/>
                  <use href="https://evil.example/x.svg#a"/>
                  <use href="#g"/>
                  <a href="javascript:alert(3)"><text x="1" y="5">Label</text></a>
                  <image href="https://evil.example/pixel.png"/>
                  <style>@import url(https://evil.example/x.css);</style>
                  <text x="1" y="9" style="background:url(https://evil.example)">T</text>
                </svg>""";
        String out = sanitizer.sanitize(svg);
        assertThat(out).contains("<svg", "viewBox=\"0 0 10 10\"", "<rect", "<linearGradient", "style=\"fill:red\"", "href=\"#g\"");
        assertThat(out.toLowerCase()).doesNotContain("<script", "onload", "onclick", "foreignobject", "evil.example",
                "javascript:", "<image", "@import");
    }

    @Test
    void text_that_is_not_svg_is_refused() {
        assertThatThrownBy(() -> sanitizer.sanitize("<html><body>hi</body></html>")).isInstanceOf(IllegalArgumentException.class);
    }
}
