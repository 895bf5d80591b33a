// The module declaration of the host, used by .ci/consumer for the module-path build (the README's
// blocks are copied into the package org.example.clinic). See docs/json.md, "On the module path".
module org.example.clinic {
  requires org.therapykit.core;

  // HostMessages.DirectoryEntry is read and written by the host's own JsonMapper, by reflection
  opens org.example.clinic to
      tools.jackson.databind;
}
