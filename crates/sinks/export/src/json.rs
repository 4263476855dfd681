//! `dossier.json`: the contract in `shared/spec/dossier-json.md`.
//!
//! Determinism comes from the model: every collection is a `Vec` in a
//! defined order or a `BTreeMap`, never a hash map, so serialising the same
//! dossier always gives the same bytes.

use dossier_model::{Dossier, DossierSink};

/// The dossier as pretty-printed JSON, ending in a newline.
pub fn to_string(dossier: &Dossier) -> String {
    let mut buf = Vec::new();
    to_writer(dossier, &mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}

/// Streams the dossier as pretty-printed JSON, ending in a newline, to
/// `out`. Large corpora give dossiers of hundreds of megabytes: streaming
/// keeps a second copy of all that text out of memory.
///
/// # Errors
/// When `out` fails.
pub fn to_writer<W: std::io::Write>(dossier: &Dossier, mut out: W) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut out, dossier).map_err(std::io::Error::other)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Writes `dossier.json` one section at a time, as a [`DossierSink`]: each
/// section goes out as soon as the pipeline hands it over and is dropped,
/// so a large run never holds every section at once. The bytes are those
/// [`to_writer`] gives for the whole dossier.
///
/// Writing stops at the first I/O error, which [`JsonStream::finish`]
/// returns: the sink's methods cannot fail, because the pipeline must not
/// care where its sections go.
///
/// ```
/// use dossier_export::json::{JsonStream, to_string};
/// use dossier_model::{Dossier, DossierSink};
/// let d = Dossier::new("dossier 0.0.0");
/// let mut stream = JsonStream::start(Vec::new(), &d.generator);
/// d.clone().send_to(&mut stream);
/// assert_eq!(String::from_utf8(stream.finish().unwrap()).unwrap(), to_string(&d));
/// ```
pub struct JsonStream<W: std::io::Write> {
    out: W,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> JsonStream<W> {
    /// Writes the head of the dossier (format and generator) to `out`.
    pub fn start(out: W, generator: &str) -> JsonStream<W> {
        let mut s = JsonStream { out, error: None };
        let head = format!(
            "{{\n  \"format\": {},\n  \"generator\": {}",
            dossier_model::FORMAT,
            serde_json::to_string(generator).expect("a string serialises")
        );
        s.attempt(|out| out.write_all(head.as_bytes()));
        s
    }

    /// Writes one field of the top-level object: `,\n  "key": value`,
    /// the value pretty-printed one level in, as serde_json prints it
    /// inside the whole dossier.
    pub fn field<T: serde::Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        self.attempt(|out| {
            write!(out, ",\n  \"{key}\": ")?;
            let mut nested = Nested { out, indent: b"\n  " };
            serde_json::to_writer_pretty(&mut nested, value).map_err(std::io::Error::other)
        });
    }

    /// Writes one list field of the top-level object, byte for byte as
    /// [`JsonStream::field`] would, serialising its items on all cores.
    ///
    /// Why: a large run's dossier.json is several gigabytes, and written on
    /// one thread it was a sixth of the run. Items go in windows, each
    /// window serialised in parallel and written in order before the next:
    /// a window holds about [`WINDOW_BYTES`] of output, sized from the
    /// bytes per item so far and at most doubling each time, so one huge
    /// item (an entity with a million mentions) never has many beside it.
    pub fn list<T: serde::Serialize + Sync>(&mut self, key: &str, items: &[T]) {
        use rayon::prelude::*;
        let threads = rayon::current_num_threads().max(1);
        self.attempt(|out| {
            write!(out, ",\n  \"{key}\": [")?;
            let (mut pos, mut window, mut bytes_per_item) = (0, threads, 0.0f64);
            while pos < items.len() {
                if bytes_per_item > 0.0 {
                    window = ((WINDOW_BYTES as f64 / bytes_per_item) as usize).clamp(1, window * 2);
                }
                let end = (pos + window).min(items.len());
                let first = pos == 0;
                let chunk = (end - pos).div_ceil(threads * 2).max(1);
                let buffers: Vec<std::io::Result<Vec<u8>>> = items[pos..end]
                    .par_chunks(chunk)
                    .enumerate()
                    .map(|(c, chunk)| {
                        let mut buf = Vec::new();
                        for (i, item) in chunk.iter().enumerate() {
                            // As serde_json prints an array two levels in:
                            // each item on a new line, indented by four.
                            let head = first && c == 0 && i == 0;
                            buf.extend_from_slice(if head { b"\n    " } else { b",\n    " });
                            let mut nested = Nested { out: &mut buf, indent: b"\n    " };
                            serde_json::to_writer_pretty(&mut nested, item).map_err(std::io::Error::other)?;
                        }
                        Ok(buf)
                    })
                    .collect();
                let mut written = 0;
                for buf in buffers {
                    let buf = buf?;
                    written += buf.len();
                    out.write_all(&buf)?;
                }
                bytes_per_item = (written as f64 / (end - pos) as f64).max(1.0);
                pos = end;
            }
            out.write_all(if items.is_empty() { b"]" } else { b"\n  ]" })
        });
    }

    fn attempt(&mut self, write: impl FnOnce(&mut W) -> std::io::Result<()>) {
        if self.error.is_none()
            && let Err(e) = write(&mut self.out)
        {
            self.error = Some(e);
        }
    }

    /// Closes the object, flushes, and gives back the writer; or the first
    /// error met on the way.
    ///
    /// # Errors
    /// The first write that failed.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.attempt(|out| {
            out.write_all(b"\n}\n")?;
            out.flush()
        });
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.out),
        }
    }
}

/// About how much serialised output [`JsonStream::list`] holds at once.
pub const WINDOW_BYTES: usize = 8 << 20;

/// Indents everything written through it: each newline becomes `indent`
/// (a newline and the spaces of the nesting level). Safe on JSON: strings
/// never hold a raw newline.
struct Nested<'a, W: std::io::Write> {
    out: &'a mut W,
    indent: &'static [u8],
}

impl<W: std::io::Write> std::io::Write for Nested<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = memchr::memchr(b'\n', rest) {
            self.out.write_all(&rest[..i])?;
            self.out.write_all(self.indent)?;
            rest = &rest[i + 1..];
        }
        self.out.write_all(rest)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl<W: std::io::Write> DossierSink for JsonStream<W> {
    fn documents(&mut self, documents: &[dossier_model::Document]) {
        self.list("documents", documents);
    }
    fn passages(&mut self, passages: Vec<dossier_model::Passage>) {
        self.list("passages", &passages);
    }
    fn novelty(&mut self, novelty: Vec<dossier_model::Novelty>) {
        self.list("novelty", &novelty);
    }
    fn timexes(&mut self, timexes: Vec<dossier_model::Timex>) {
        self.list("timexes", &timexes);
    }
    fn events(&mut self, events: Vec<dossier_model::Event>) {
        self.list("events", &events);
    }
    fn entities(&mut self, entities: Vec<dossier_model::Entity>) {
        self.list("entities", &entities);
    }
    fn claims(&mut self, claims: Vec<dossier_model::Claim>, conflicts: Vec<dossier_model::Conflict>) {
        self.list("claims", &claims);
        self.list("conflicts", &conflicts);
    }
    fn statements(&mut self, statements: Vec<dossier_model::Statement>) {
        self.list("statements", &statements);
    }
    fn skipped(&mut self, skipped: Vec<dossier_model::Skipped>) {
        self.list("skipped", &skipped);
    }
}

#[cfg(test)]
mod tests {
    use dossier_model::{Document, Dossier, Entity, EntityType, Skipped, Span, TextRange};

    use super::*;

    /// A dossier whose lists cross the stream's buffer and batch sizes,
    /// with nested objects, empty lists and text that needs escaping.
    fn sample() -> Dossier {
        let mut d = Dossier::new("dossier test \"quoted\"");
        for i in 0..3000 {
            let mut doc = Document::new(format!("d{i}"), format!("in/{i}.txt"), format!("Line {i}.\nNext \"line\"."));
            doc.title = (i % 3 == 0).then(|| format!("Title\t{i}"));
            d.documents.push(doc);
        }
        for i in 0..700 {
            let doc = &d.documents[i];
            d.entities.push(Entity {
                id: format!("x{}", i + 1),
                name: format!("Name {i}"),
                kind: EntityType::Person,
                aliases: if i % 2 == 0 { vec![format!("N{i}")] } else { Vec::new() },
                mentions: vec![Span::of(doc, TextRange::new(0, 4)), Span::of(doc, TextRange::new(5, 9))],
                labels: Vec::new(),
            });
        }
        d.skipped.push(Skipped { path: "bad.bin".into(), reason: "binary".into() });
        d
    }

    #[test]
    fn the_stream_writes_what_serde_writes_for_the_whole_dossier() {
        for d in [Dossier::new("empty"), sample()] {
            let mut stream = JsonStream::start(Vec::new(), &d.generator);
            d.clone().send_to(&mut stream);
            let streamed = String::from_utf8(stream.finish().unwrap()).unwrap();
            assert!(streamed == to_string(&d), "streamed dossier.json differs from serde's");
        }
    }

    #[test]
    fn a_failing_writer_reports_its_error_at_the_end() {
        struct Full;
        impl std::io::Write for Full {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk full"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut stream = JsonStream::start(Full, "g");
        sample().send_to(&mut stream);
        assert_eq!(stream.finish().err().unwrap().to_string(), "disk full");
    }
}
