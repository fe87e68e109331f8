package org.descriptorworkbench.gui.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.descriptorworkbench.error.WorkbenchException;

/** Reads and writes session files: indented JSON through Jackson, unknown keys rejected with the file named. */
public final class SessionFiles {
    /** The current format version: 2 keeps several open datasets; version 1 (one dataset) is still read. */
    public static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SessionFiles() {
    }

    public static void write(Session session, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(session) + System.lineSeparator());
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** @throws WorkbenchException naming the file when it is missing, not JSON, or not a session of a known version */
    public static Session read(Path file) {
        Session s;
        try {
            s = JSON.readValue(Files.readString(file), Session.class);
        } catch (NoSuchFileException e) {
            throw new WorkbenchException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new WorkbenchException(file + ": not a session file (" + e.getOriginalMessage() + ", line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot read the file (" + e.getMessage() + ")");
        }
        if (s.version() < 1 || s.version() > VERSION) {
            throw new WorkbenchException(file + ": session format version " + s.version() + " is not supported (expected 1 to " + VERSION + ")");
        }
        return s;
    }
}
