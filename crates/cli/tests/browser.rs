//! The report as a person sees it: headless Chromium renders `index.html`
//! from the example corpus to a PNG, and the picture must show a page, not
//! a blank or broken one.
//!
//! Runs when `DOSSIER_CHROMIUM` names a Chromium binary (`.ci/run` installs
//! Debian's and sets it); skipped otherwise.

use std::path::PathBuf;
use std::process::Command;

use crate::util::*;

#[test]
fn report_renders_in_headless_chromium() {
    let Some(chromium) = std::env::var_os("DOSSIER_CHROMIUM").map(PathBuf::from) else {
        eprintln!("DOSSIER_CHROMIUM not set: skipping the browser check");
        return;
    };
    assert!(chromium.exists(), "DOSSIER_CHROMIUM={} does not exist", chromium.display());
    let (out, _, _) = analyze(&[&repo().join("examples/corpus")], &["--quiet"]);
    let profile = tempfile::tempdir().unwrap();
    let shot = out.path().join("report.png");
    let status = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1280,1600",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", out.path().join("index.html").display()))
        .output()
        .expect("chromium runs");
    assert!(status.status.success(), "chromium failed: {}", String::from_utf8_lossy(&status.stderr));

    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (1280, 1600));
    let px = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(px).collect();
    // The dark header bar across the top: the stylesheet applied.
    let header = pixels[10 * 1280 + 640];
    assert!(header[..3].iter().all(|&c| c < 60), "no dark header at the top: {header:?}");
    // Text was drawn: a real page has many distinct colours (antialiased
    // glyphs, highlights); a blank or unstyled error page has few.
    let mut colours: Vec<[u8; 3]> = pixels.iter().map(|p| [p[0], p[1], p[2]]).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() > 200, "only {} distinct colours: the page looks blank", colours.len());
}
