package org.descriptorworkbench.cache;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON form of analysis result records, one configuration for the {@code dwb} commands that write
 * them and the {@link AnalysisCache} that stores and reads them back: snake_case keys, and non-finite numbers written as the strings "NaN", "Infinity" and "-Infinity" (plain JSON has
 * no token for them; Jackson reads those strings back into double fields). Every finite double is written
 * in a form that parses back to the same bits, so a result read back is bit-for-bit the one written.
 */
public final class ResultJson {
    private ResultJson() {
    }

    /** A new mapper with the result configuration (callers may add output options such as indentation). */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }
}
