package org.descriptorworkbench.descriptor.soap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The SOAP power spectrum and its compressions (seed 000 eq. 3, eq. 5, eq. 7 and Table I;
 * DESCRIPTORS.md), written as a bilinear form f(x, y) of two coefficient states so that the
 * features are f(c, c) and their derivatives f(dc, c) + f(c, dc). Every component is
 * K_l Σ_m A_m B_m with K_l = π·sqrt(8/(2l+1)) (DScribe's normalisation; none for wtpl), A built
 * from x and B from y. Feature order: DScribe's for off, crossover, mu2, mu1nu1 (CONVENTIONS.md
 * §1.3); for the others the nesting of DESCRIPTORS.md (species, then l, then n, then the second
 * index). Immutable; per-thread scratch comes from {@link #newScratch()}.
 */
final class PowerSpectrum {
    /** Neighbours whose three moves {@link #neighbourDerivatives} takes at once. */
    static final int BATCH = 8;
    private static final int AXES = 3;
    private final String compression;
    private final int speciesCount;
    private final int nMax;
    private final int lMax;
    private final int block;
    private final double[] kl;
    private final double[][] embedding;
    private final double[][] randomW;
    private final int[] auxOffsets;
    private final int size;

    /**
     * @param auxOffsets for mu1nu1_star: the state offset of the total-density expansion in the
     *                   (2l+1)-function basis of each l (the whole expansion of that basis); else null
     */
    PowerSpectrum(String compression, int speciesCount, int nMax, int lMax, double[][] embedding, long seed,
                  int[] auxOffsets) {
        this.compression = compression;
        this.speciesCount = speciesCount;
        this.nMax = nMax;
        this.lMax = lMax;
        this.block = nMax * (lMax + 1) * (lMax + 1);
        this.kl = new double[lMax + 1];
        for (int l = 0; l <= lMax; l++) {
            kl[l] = Math.PI * Math.sqrt(8.0 / (2 * l + 1));
        }
        this.embedding = embedding;
        this.randomW = compression.equals("wtpl") ? randomMatrices(seed, speciesCount * nMax, lMax) : null;
        this.auxOffsets = auxOffsets;
        this.size = computeSize();
    }

    /**
     * The W_l of the wtpl compression: NS × (2l+1) standard normal numbers, row-major, drawn for
     * l = 0, 1, … in turn from {@code java.util.Random(seed).nextGaussian()}.
     */
    static double[][] randomMatrices(long seed, int rows, int lMax) {
        Random random = new Random(seed);
        double[][] w = new double[lMax + 1][];
        for (int l = 0; l <= lMax; l++) {
            w[l] = new double[rows * (2 * l + 1)];
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] = random.nextGaussian();
            }
        }
        return w;
    }

    /** The W_l matrix (NS × (2l+1), row-major) used by wtpl. */
    double[] randomMatrix(int l) {
        return randomW[l].clone();
    }

    private int computeSize() {
        int n = nMax;
        int s = speciesCount;
        int l1 = lMax + 1;
        return switch (compression) {
            case "off" -> n * s * (n * s + 1) / 2 * l1;
            case "crossover" -> s * n * (n + 1) / 2 * l1;
            case "mu2" -> n * (n + 1) / 2 * l1;
            case "mu1nu1" -> n * n * s * l1;
            case "mu1nu1_star", "wtpl" -> n * s * l1 * l1;
            case "nu1nuhat1" -> n * s * s * l1;
            case "nu1muhat1" -> n * s * l1;
            case "embedding" -> n * embedding.length * (n * embedding.length + 1) / 2 * l1;
            default -> throw new IllegalArgumentException(compression);
        };
    }

    int size() {
        return size;
    }

    /**
     * Per-thread scratch: derived channels of x and y; for the pair derivatives, x transposed to
     * [l][m][channel, n] by {@link #linearise} and the product rows of one degree l.
     */
    static final class Scratch {
        final double[] x;
        final double[] y;
        final double[] b;
        final double[] gram;
        final double[] column;
        final double[] transposed;
        final double[] product;
        /** d of a batch of neighbour moves, [m][move, n] for one l. */
        final double[] batchChanges;
        /** Their product with x, [column][move, n] for one l. */
        final double[] batchProduct;

        Scratch(int length, int lMax, int rows, int batchRows) {
            x = new double[length];
            y = new double[length];
            b = new double[2 * lMax + 1];
            gram = new double[(lMax + 1) * rows * rows];
            column = new double[2 * rows];
            transposed = new double[length];
            product = new double[rows * rows];
            batchChanges = new double[(2 * lMax + 1) * batchRows];
            batchProduct = new double[rows * batchRows];
        }
    }

    Scratch newScratch() {
        int channels = embedding == null ? Math.max(1, speciesCount) : embedding.length;
        int most = Math.max(channels, speciesCount);
        return new Scratch(most * block, lMax, most * nMax, BATCH * AXES * nMax);
    }

    private int at(int channel, int l, int n) {
        return channel * block + nMax * l * l + n * (2 * l + 1);
    }

    private static double dot(double[] a, int i, double[] b, int j, int length) {
        double sum = 0;
        for (int m = 0; m < length; m++) {
            sum += a[i + m] * b[j + m];
        }
        return sum;
    }

    /** Writes (or, with {@code add}, adds) f(x, y) into {@code out[offset ..]}. */
    void evaluate(double[] x, double[] y, double[] out, int offset, boolean add, Scratch s) {
        switch (compression) {
            case "off", "crossover" -> {
                boolean diagonal = compression.equals("crossover");
                if (x == y && !add) {
                    gramPairs(x, speciesCount, diagonal, out, offset, s);
                } else {
                    pairs(x, y, speciesCount, diagonal, out, offset, add);
                }
            }
            case "mu2" -> {
                sumChannels(x, s.x);
                if (x == y && !add) {
                    gramPairs(s.x, 1, false, out, offset, s);
                } else {
                    sumChannels(y, s.y);
                    pairs(s.x, s.y, 1, false, out, offset, add);
                }
            }
            case "embedding" -> {
                embed(x, s.x);
                embed(y, s.y);
                pairs(s.x, s.y, embedding.length, false, out, offset, add);
            }
            case "mu1nu1" -> {
                sumChannels(y, s.y);
                mu1nu1(x, s.y, out, offset, add);
            }
            case "mu1nu1_star" -> star(x, y, out, offset, add);
            case "nu1nuhat1" -> {
                radialSums(y, speciesCount, s.y);
                nu1nuhat1(x, s.y, out, offset, add);
            }
            case "nu1muhat1" -> {
                sumChannels(y, s.x);
                radialSums(s.x, 1, s.y);
                nu1muhat1(x, s.y, out, offset, add);
            }
            case "wtpl" -> wtpl(x, y, out, offset, add, s.b);
            default -> throw new IllegalStateException(compression);
        }
    }

    /**
     * Writes f(d, x) + f(x, d), the derivative of the features along a coefficient change d, for
     * the compressions without {@link #hasPairDerivative() pair derivatives}.
     */
    void derivative(double[] x, double[] d, double[] out, int offset, Scratch s) {
        evaluate(d, x, out, offset, false, s);
        evaluate(x, d, out, offset, true, s);
    }

    /**
     * True for off and crossover, whose derivatives come from {@link #linearise},
     * {@link #centreDerivative} and {@link #neighbourDerivatives}.
     */
    boolean hasPairDerivative() {
        return compression.equals("off") || compression.equals("crossover");
    }

    /** Stores x, the coefficients the next pair derivatives are taken at, as x_l[m][channel, n]. */
    void linearise(double[] x, Scratch s) {
        int rows = speciesCount * nMax;
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            int base = rows * l * l;
            for (int c = 0; c < speciesCount; c++) {
                for (int n = 0; n < nMax; n++) {
                    int from = at(c, l, n);
                    int column = base + c * nMax + n;
                    for (int m = 0; m < width; m++) {
                        s.transposed[column + m * rows] = x[from + m];
                    }
                }
            }
        }
    }

    /**
     * For off and crossover: writes f(d, x) + f(x, d) at the x of the last {@link #linearise}, for
     * a coefficient change d = {@code d[from ..]} in every channel (a move of the centre). For each
     * l the rows of d are multiplied by x_lᵀ (rank-one updates over m along the contiguous
     * (channel, n) columns) into G, and each pair feature of degree l is K_l G[c n][c' n'] +
     * K_l G[c' n'][c n]: the terms, and the order of the sums over m, of {@link #derivative}.
     */
    void centreDerivative(double[] d, int from, double[] out, int offset, Scratch s) {
        boolean diagonalOnly = compression.equals("crossover");
        for (int l = 0; l <= lMax; l++) {
            for (int c = 0; c < speciesCount; c++) {
                productRows(d, from, c, l, diagonalOnly, s);
            }
            scatterPairs(l, diagonalOnly, out, offset, s.product);
        }
    }

    /**
     * For off and crossover: f(d, x) + f(x, d) at the x of the last {@link #linearise} for the
     * moves of up to {@link #BATCH} neighbours of species channel {@code channel}, all three axes
     * each; their d is non-zero only in that channel. Move (dof, axis) reads its d from
     * {@code d[(3·dof + axis)·stride ..]} and writes {@code out[(3·dof + axis)·features ..]}.
     * With G = d x_lᵀ per l, a pair (c, c') holds K_l G[c n][c' n'] if c moved, K_l G[c' n'][c n]
     * if c' moved, K_l (G[c n][c n'] + G[c n'][c n]) on the diagonal, and zero without the moved
     * channel. The batch's d of one l is laid out [m][move, n] so that the product runs its inner
     * loop over all 24·n_max (move, n) rows, long enough for C2 to vectorise. Sums over m run in
     * the order of {@link #derivative}'s dot products, so the values agree with it to rounding
     * (it adds the two diagonal terms after scaling each by K_l).
     */
    void neighbourDerivatives(double[] d, int stride, int channel, int[] dofs, int count, double[] out, int features,
                              Scratch s) {
        boolean diagonalOnly = compression.equals("crossover");
        int moves = AXES * count;
        int span = moves * nMax;
        for (int i = 0; i < moves; i++) {
            zeroUntouchedPairs(channel, diagonalOnly, out, moveRow(dofs, i) * features);
        }
        int columns = speciesCount * nMax;
        int start = diagonalOnly ? channel * nMax : 0;
        int end = diagonalOnly ? start + nMax : columns;
        double[] changes = s.batchChanges;
        double[] product = s.batchProduct;
        double[] x = s.transposed;
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            for (int i = 0; i < moves; i++) {
                int from = moveRow(dofs, i) * stride + at(channel, l, 0);
                for (int n = 0; n < nMax; n++) {
                    for (int m = 0; m < width; m++) {
                        changes[m * span + i * nMax + n] = d[from + n * width + m];
                    }
                }
            }
            int base = columns * l * l;
            for (int j = start; j < end; j++) {
                int row = j * span;
                double x0 = x[base + j];
                for (int r = 0; r < span; r++) {
                    product[row + r] = changes[r] * x0;
                }
                int m = 1;
                // four m per pass over the row: a quarter of its loads and stores
                for (; m + 4 <= width; m += 4) {
                    double x1 = x[base + m * columns + j];
                    double x2 = x[base + (m + 1) * columns + j];
                    double x3 = x[base + (m + 2) * columns + j];
                    double x4 = x[base + (m + 3) * columns + j];
                    int at = m * span;
                    for (int r = 0; r < span; r++) {
                        double t = product[row + r];
                        t += changes[at + r] * x1;
                        t += changes[at + span + r] * x2;
                        t += changes[at + 2 * span + r] * x3;
                        t += changes[at + 3 * span + r] * x4;
                        product[row + r] = t;
                    }
                }
                for (; m < width; m++) {
                    double xm = x[base + m * columns + j];
                    int at = m * span;
                    for (int r = 0; r < span; r++) {
                        product[row + r] += changes[at + r] * xm;
                    }
                }
            }
            for (int i = 0; i < moves; i++) {
                scatterBatch(channel, l, diagonalOnly, i, span, out, moveRow(dofs, i) * features, product);
            }
        }
    }

    private static int moveRow(int[] dofs, int move) {
        return AXES * dofs[move / AXES] + move % AXES;
    }

    /** Writes the degree-l features of the pairs with {@code channel} for move {@code i} of a batch, from Gᵀ. */
    private void scatterBatch(int channel, int l, boolean diagonalOnly, int i, int span, double[] out, int offset,
                              double[] gt) {
        double k = kl[l];
        int pairStart = offset;
        int move = i * nMax;
        for (int c1 = 0; c1 < speciesCount; c1++) {
            for (int c2 = c1; c2 < (diagonalOnly ? c1 + 1 : speciesCount); c2++) {
                int length = pairLength(c1, c2);
                int at = pairStart + length / (lMax + 1) * l;
                pairStart += length;
                if (c1 == c2 && c1 == channel) {
                    // K (G[c n][c n'] + G[c n'][c n])
                    for (int n = 0; n < nMax; n++) {
                        int column = (c1 * nMax + n) * span + move;
                        for (int n2 = n; n2 < nMax; n2++) {
                            out[at++] = k * (gt[(c1 * nMax + n2) * span + move + n] + gt[column + n2]);
                        }
                    }
                } else if (c1 == channel) {
                    // K G[c1 n][c2 n']
                    for (int n = 0; n < nMax; n++) {
                        for (int n2 = 0; n2 < nMax; n2++) {
                            out[at++] = k * gt[(c2 * nMax + n2) * span + move + n];
                        }
                    }
                } else if (c2 == channel) {
                    // K G[c2 n'][c1 n]
                    for (int n = 0; n < nMax; n++) {
                        int column = (c1 * nMax + n) * span + move;
                        for (int n2 = 0; n2 < nMax; n2++) {
                            out[at++] = k * gt[column + n2];
                        }
                    }
                }
            }
        }
    }

    private int pairLength(int c1, int c2) {
        return (c1 == c2 ? nMax * (nMax + 1) / 2 : nMax * nMax) * (lMax + 1);
    }

    private void zeroUntouchedPairs(int channel, boolean diagonalOnly, double[] out, int offset) {
        int i = offset;
        for (int c1 = 0; c1 < speciesCount; c1++) {
            for (int c2 = c1; c2 < (diagonalOnly ? c1 + 1 : speciesCount); c2++) {
                int length = pairLength(c1, c2);
                if (c1 != channel && c2 != channel) {
                    Arrays.fill(out, i, i + length, 0);
                }
                i += length;
            }
        }
    }

    /**
     * G[c n][j] = Σ_m d_{c l n m} x_l[m][j] for the n_max rows of channel c, over every column
     * (only channel c's for crossover); four m per pass over the row, added in order of m.
     */
    private void productRows(double[] d, int from, int c, int l, boolean diagonalOnly, Scratch s) {
        int rows = speciesCount * nMax;
        int width = 2 * l + 1;
        int start = diagonalOnly ? c * nMax : 0;
        int end = diagonalOnly ? start + nMax : rows;
        double[] x = s.transposed;
        double[] g = s.product;
        int base = rows * l * l;
        for (int n = 0; n < nMax; n++) {
            int row = (c * nMax + n) * rows;
            int a = from + at(c, l, n);
            Arrays.fill(g, row + start, row + end, 0);
            int m = 0;
            for (; m + 4 <= width; m += 4) {
                double a0 = d[a + m];
                double a1 = d[a + m + 1];
                double a2 = d[a + m + 2];
                double a3 = d[a + m + 3];
                int x0 = base + m * rows;
                for (int j = start; j < end; j++) {
                    double t = g[row + j];
                    t += a0 * x[x0 + j];
                    t += a1 * x[x0 + rows + j];
                    t += a2 * x[x0 + 2 * rows + j];
                    t += a3 * x[x0 + 3 * rows + j];
                    g[row + j] = t;
                }
            }
            for (; m < width; m++) {
                double a0 = d[a + m];
                int x0 = base + m * rows;
                for (int j = start; j < end; j++) {
                    g[row + j] += a0 * x[x0 + j];
                }
            }
        }
    }

    /** Writes the degree-l features of every pair from the product rows: K·G[c n][c' n'] + K·G[c' n'][c n]. */
    private void scatterPairs(int l, boolean diagonalOnly, double[] out, int offset, double[] g) {
        int rows = speciesCount * nMax;
        double k = kl[l];
        int pairStart = offset;
        for (int c1 = 0; c1 < speciesCount; c1++) {
            for (int c2 = c1; c2 < (diagonalOnly ? c1 + 1 : speciesCount); c2++) {
                int length = pairLength(c1, c2);
                int i = pairStart + length / (lMax + 1) * l;
                pairStart += length;
                for (int n = 0; n < nMax; n++) {
                    int r1 = (c1 * nMax + n) * rows + c2 * nMax;
                    int column1 = c1 * nMax + n;
                    for (int n2 = c1 == c2 ? n : 0; n2 < nMax; n2++) {
                        out[i++] = k * g[r1 + n2] + k * g[(c2 * nMax + n2) * rows + column1];
                    }
                }
            }
        }
    }

    private static void put(double[] out, int i, double v, boolean add) {
        if (add) {
            out[i] += v;
        } else {
            out[i] = v;
        }
    }

    /** ν = 2 over {@code channels} channels: channel pairs c1 ≤ c2, then l, then n, n' (n ≤ n' on the diagonal). */
    private void pairs(double[] x, double[] y, int channels, boolean diagonalOnly, double[] out, int offset, boolean add) {
        int i = offset;
        for (int c1 = 0; c1 < channels; c1++) {
            for (int c2 = c1; c2 < channels; c2++) {
                if (diagonalOnly && c2 != c1) {
                    continue;
                }
                for (int l = 0; l <= lMax; l++) {
                    int width = 2 * l + 1;
                    for (int n = 0; n < nMax; n++) {
                        int a = at(c1, l, n);
                        for (int n2 = c1 == c2 ? n : 0; n2 < nMax; n2++) {
                            put(out, i++, kl[l] * dot(x, a, y, at(c2, l, n2), width), add);
                        }
                    }
                }
            }
        }
    }

    /**
     * The same features as {@link #pairs} for f(x, x): for each l the upper triangle of the Gram
     * matrix P_l of the (channel, n) vectors, accumulated as rank-one updates over m with long
     * contiguous inner loops, then written out in DScribe's order.
     */
    private void gramPairs(double[] x, int channels, boolean diagonalOnly, double[] out, int offset, Scratch s) {
        int rows = channels * nMax;
        int square = rows * rows;
        double[] gram = s.gram;
        double[] v = s.column;
        Arrays.fill(gram, 0, (lMax + 1) * square, 0);
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            int base = l * square;
            int m = 0;
            // two m at a time: half the loads and stores of the Gram matrix per multiply-add
            for (; m + 2 <= width; m += 2) {
                gather(x, channels, l, m, v, 0);
                gather(x, channels, l, m + 1, v, rows);
                for (int i = 0; i < rows; i++) {
                    double a = v[i];
                    double b = v[rows + i];
                    int end = diagonalOnly ? (i / nMax + 1) * nMax : rows;
                    int at = base + i * rows;
                    for (int j = i; j < end; j++) {
                        gram[at + j] += a * v[j] + b * v[rows + j];
                    }
                }
            }
            if (m < width) {
                gather(x, channels, l, m, v, 0);
                for (int i = 0; i < rows; i++) {
                    double a = v[i];
                    int end = diagonalOnly ? (i / nMax + 1) * nMax : rows;
                    int at = base + i * rows;
                    for (int j = i; j < end; j++) {
                        gram[at + j] += a * v[j];
                    }
                }
            }
        }
        int i = offset;
        for (int c1 = 0; c1 < channels; c1++) {
            for (int c2 = c1; c2 < channels; c2++) {
                if (diagonalOnly && c2 != c1) {
                    continue;
                }
                for (int l = 0; l <= lMax; l++) {
                    double k = kl[l];
                    int base = l * square;
                    for (int n = 0; n < nMax; n++) {
                        int row = base + (c1 * nMax + n) * rows + c2 * nMax;
                        for (int n2 = c1 == c2 ? n : 0; n2 < nMax; n2++) {
                            out[i++] = k * gram[row + n2];
                        }
                    }
                }
            }
        }
    }

    /** v[offset + c·n_max + n] = x_{c, l, n, m}: one m-column of the (channel, n) vectors of degree l. */
    private void gather(double[] x, int channels, int l, int m, double[] v, int offset) {
        for (int c = 0; c < channels; c++) {
            int from = at(c, l, 0) + m;
            int width = 2 * l + 1;
            for (int n = 0; n < nMax; n++) {
                v[offset + c * nMax + n] = x[from + n * width];
            }
        }
    }

    private void sumChannels(double[] x, double[] total) {
        System.arraycopy(x, 0, total, 0, block);
        for (int c = 1; c < speciesCount; c++) {
            for (int i = 0; i < block; i++) {
                total[i] += x[c * block + i];
            }
        }
    }

    private void embed(double[] x, double[] channels) {
        for (int j = 0; j < embedding.length; j++) {
            for (int i = 0; i < block; i++) {
                double sum = 0;
                for (int c = 0; c < speciesCount; c++) {
                    sum += embedding[j][c] * x[c * block + i];
                }
                channels[j * block + i] = sum;
            }
        }
    }

    /** Σ_n of every channel: out[channel·block + l² + m] (the layout of one n). */
    private void radialSums(double[] x, int channels, double[] out) {
        for (int c = 0; c < channels; c++) {
            for (int l = 0; l <= lMax; l++) {
                int width = 2 * l + 1;
                int target = c * block + l * l;
                for (int m = 0; m < width; m++) {
                    double sum = 0;
                    for (int n = 0; n < nMax; n++) {
                        sum += x[at(c, l, n) + m];
                    }
                    out[target + m] = sum;
                }
            }
        }
    }

    private void mu1nu1(double[] x, double[] total, double[] out, int offset, boolean add) {
        int i = offset;
        for (int c = 0; c < speciesCount; c++) {
            for (int l = 0; l <= lMax; l++) {
                int width = 2 * l + 1;
                for (int n = 0; n < nMax; n++) {
                    for (int n2 = 0; n2 < nMax; n2++) {
                        put(out, i++, kl[l] * dot(x, at(c, l, n), total, at(0, l, n2), width), add);
                    }
                }
            }
        }
    }

    private void star(double[] x, double[] y, double[] out, int offset, boolean add) {
        int i = offset;
        for (int c = 0; c < speciesCount; c++) {
            for (int l = 0; l <= lMax; l++) {
                int width = 2 * l + 1;
                int aux = auxOffsets[l] + width * l * l;
                for (int n = 0; n < nMax; n++) {
                    for (int k = 0; k < width; k++) {
                        put(out, i++, kl[l] * dot(x, at(c, l, n), y, aux + k * width, width), add);
                    }
                }
            }
        }
    }

    private void nu1nuhat1(double[] x, double[] sums, double[] out, int offset, boolean add) {
        int i = offset;
        for (int a = 0; a < speciesCount; a++) {
            for (int b = 0; b < speciesCount; b++) {
                for (int l = 0; l <= lMax; l++) {
                    int width = 2 * l + 1;
                    for (int n = 0; n < nMax; n++) {
                        put(out, i++, kl[l] * dot(x, at(a, l, n), sums, b * block + l * l, width), add);
                    }
                }
            }
        }
    }

    private void nu1muhat1(double[] x, double[] sums, double[] out, int offset, boolean add) {
        int i = offset;
        for (int a = 0; a < speciesCount; a++) {
            for (int l = 0; l <= lMax; l++) {
                int width = 2 * l + 1;
                for (int n = 0; n < nMax; n++) {
                    put(out, i++, kl[l] * dot(x, at(a, l, n), sums, l * l, width), add);
                }
            }
        }
    }

    /** For each l the (2l+1) × NS matrix W_lᵀ P_l, row-major, columns (species, n); no K_l. */
    private void wtpl(double[] x, double[] y, double[] out, int offset, boolean add, double[] b) {
        int i = offset;
        int rows = speciesCount * nMax;
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            double[] w = randomW[l];
            for (int k = 0; k < width; k++) {
                Arrays.fill(b, 0, width, 0);
                for (int row = 0; row < rows; row++) {
                    double coefficient = w[row * width + k];
                    int a = at(row / nMax, l, row % nMax);
                    for (int m = 0; m < width; m++) {
                        b[m] += coefficient * x[a + m];
                    }
                }
                for (int col = 0; col < rows; col++) {
                    put(out, i++, dot(b, 0, y, at(col / nMax, l, col % nMax), width), add);
                }
            }
        }
    }

    /** One label per feature, naming the species (or channel), l, n and the second index. */
    List<String> labels(String[] symbols) {
        List<String> labels = new ArrayList<>(size);
        switch (compression) {
            case "off", "crossover" -> pairLabels(labels, symbols, compression.equals("crossover"));
            case "mu2" -> pairLabels(labels, new String[] {"*"}, false);
            case "embedding" -> {
                String[] channels = new String[embedding.length];
                for (int j = 0; j < channels.length; j++) {
                    channels[j] = "J" + (j + 1);
                }
                pairLabels(labels, channels, false);
            }
            case "mu1nu1", "mu1nu1_star" -> {
                boolean star = compression.equals("mu1nu1_star");
                for (String a : symbols) {
                    for (int l = 0; l <= lMax; l++) {
                        int second = star ? 2 * l + 1 : nMax;
                        for (int n = 0; n < nMax; n++) {
                            for (int n2 = 0; n2 < second; n2++) {
                                labels.add(a + "-* l=" + l + " n=" + n + (star ? " k=" : " n'=") + n2);
                            }
                        }
                    }
                }
            }
            case "nu1nuhat1" -> {
                for (String a : symbols) {
                    for (String b : symbols) {
                        for (int l = 0; l <= lMax; l++) {
                            for (int n = 0; n < nMax; n++) {
                                labels.add(a + "-" + b + "^ l=" + l + " n=" + n);
                            }
                        }
                    }
                }
            }
            case "nu1muhat1" -> {
                for (String a : symbols) {
                    for (int l = 0; l <= lMax; l++) {
                        for (int n = 0; n < nMax; n++) {
                            labels.add(a + "-*^ l=" + l + " n=" + n);
                        }
                    }
                }
            }
            case "wtpl" -> {
                for (int l = 0; l <= lMax; l++) {
                    for (int k = 0; k <= 2 * l; k++) {
                        for (String b : symbols) {
                            for (int n = 0; n < nMax; n++) {
                                labels.add("WtP l=" + l + " k=" + k + " " + b + " n=" + n);
                            }
                        }
                    }
                }
            }
            default -> throw new IllegalStateException(compression);
        }
        return labels;
    }

    private void pairLabels(List<String> labels, String[] channels, boolean diagonalOnly) {
        for (int c1 = 0; c1 < channels.length; c1++) {
            for (int c2 = c1; c2 < channels.length; c2++) {
                if (diagonalOnly && c2 != c1) {
                    continue;
                }
                for (int l = 0; l <= lMax; l++) {
                    for (int n = 0; n < nMax; n++) {
                        for (int n2 = c1 == c2 ? n : 0; n2 < nMax; n2++) {
                            labels.add(channels[c1] + "-" + channels[c2] + " l=" + l + " n=" + n + " n'=" + n2);
                        }
                    }
                }
            }
        }
    }
}
