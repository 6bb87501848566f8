package vn.motcua.dossier.internal;

/**
 * Where the bytes of uploaded files live. The filesystem is the default; an object store can take
 * its place behind this interface without the rest of the module noticing.
 */
interface FileStorage {

  void put(String key, byte[] content);

  byte[] get(String key);
}
