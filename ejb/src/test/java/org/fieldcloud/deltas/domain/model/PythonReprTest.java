package org.fieldcloud.deltas.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Delta {@code output} is Python's str() of the feedback read back from jsonb (api.md 6.9). */
class PythonReprTest {

  @Test
  void aWorkerItemPrintsAsTheReferencePrintsIt() {
    String item =
        """
        {"msg": "Successfully applied delta!", "status": "status_applied", "e_type": null,
         "layer_id": "x", "delta_index": 0, "modified_pk": 5, "conflicts": null,
         "provider_errors": [], "method": "patch"}
        """;
    // Keys in jsonb order (length, then bytes), as PostgreSQL hands them back to Django.
    assertEquals(
        "{'msg': 'Successfully applied delta!', 'e_type': None, 'method': 'patch',"
            + " 'status': 'status_applied', 'layer_id': 'x', 'conflicts': None,"
            + " 'delta_index': 0, 'modified_pk': 5, 'provider_errors': []}",
        PythonRepr.of(parse(item)));
  }

  @Test
  void stringsAndNumbersFollowPython() {
    // Expected values printed by CPython 3 for the same data.
    assertEquals("\"it's\"", PythonRepr.of(parse("\"it's\"")));
    assertEquals("'say \"hi\"'", PythonRepr.of(parse("\"say \\\"hi\\\"\"")));
    assertEquals("'both \\' and \"'", PythonRepr.of(parse("\"both ' and \\\"\"")));
    assertEquals("'tab\\there\\nnew'", PythonRepr.of(parse("\"tab\\there\\nnew\"")));
    assertEquals("'é\\u200b\\x01'", PythonRepr.of(parse("\"é\\u200b\\u0001\"")));
    assertEquals("1.5", PythonRepr.of(parse("1.5")));
    assertEquals("1e-05", PythonRepr.of(parse("0.00001")));
    assertEquals("1e+16", PythonRepr.of(parse("1e16")));
    assertEquals("100.0", PythonRepr.of(parse("100.0")));
    assertEquals("-2.5e-07", PythonRepr.of(parse("-2.5e-7")));
    assertEquals(
        "123456789012345678901234567890", PythonRepr.of(parse("123456789012345678901234567890")));
    assertEquals("[1, None, False, True]", PythonRepr.of(parse("[1, null, false, true]")));
  }

  private static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
