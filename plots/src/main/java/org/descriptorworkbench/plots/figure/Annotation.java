package org.descriptorworkbench.plots.figure;

/**
 * A text placed at a data point. The alignments say which side of the text box touches the point:
 * {@code START} puts the text after (right of / above) the point, {@code END} before it, {@code CENTER}
 * centres it; a few points of padding keep it off the point.
 */
public record Annotation(String text, double x, double y, Align horizontal, Align vertical, boolean italic) {

    /** Where the anchor point sits relative to the text. */
    public enum Align { START, CENTER, END }
}
