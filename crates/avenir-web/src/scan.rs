//! Reading the hand-off QR code on the counsellor's device (counsellor build only): from the
//! camera, frame by frame, or from a photo. The platform's `BarcodeDetector` reads it where the
//! browser has one (Android, ChromeOS, macOS); elsewhere `avenir_qr` reads the pixels in wasm.
//! Frames stay in memory: nothing is recorded, stored or sent. What the text means is the
//! core's business (`Action::Code`, as if typed).

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream};

/// The longest side a frame is scaled to before it is read in wasm: a code held up to a camera
/// stays readable, and a frame is read in a few milliseconds on a slow laptop.
const MAX_SIDE: u32 = 800;
/// Time between two reads of the camera.
const EVERY_MS: i32 = 250;

/// The camera, until the scan ends: `stop` ends the loop and turns the camera off.
#[derive(Clone, Default)]
pub struct Scan {
    stopped: Rc<Cell<bool>>,
}

impl Scan {
    pub fn stop(&self) {
        self.stopped.set(true);
    }
}

/// Starts the back camera in `video` and reads frames until a QR code is found (`found` gets its
/// text) or the scan is stopped; `failed` when there is no camera or no permission.
pub fn camera(video: HtmlVideoElement, found: impl Fn(String) + 'static, failed: impl Fn() + 'static) -> Scan {
    let scan = Scan::default();
    let stopped = scan.stopped.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let Some(stream) = open_camera().await else {
            if !stopped.get() {
                failed();
            }
            return;
        };
        video.set_src_object(Some(&stream));
        let _ = video.play();
        let reader = Reader::new();
        while !stopped.get() {
            sleep(EVERY_MS).await;
            if stopped.get() || video.video_width() == 0 {
                continue;
            }
            if let Some(text) = reader.read_video(&video).await {
                stopped.set(true);
                found(text);
            }
        }
        for track in stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                track.stop();
            }
        }
        video.set_src_object(None);
    });
    scan
}

/// Reads a QR code from a photo (a file the counsellor chose).
pub async fn photo(file: web_sys::File) -> Option<String> {
    let window = web_sys::window()?;
    let bitmap: web_sys::ImageBitmap =
        JsFuture::from(window.create_image_bitmap_with_blob(&file).ok()?).await.ok()?.dyn_into().ok()?;
    let text = Reader::new().read_bitmap(&bitmap).await;
    bitmap.close();
    text
}

async fn open_camera() -> Option<MediaStream> {
    let devices = web_sys::window()?.navigator().media_devices().ok()?;
    let video = Object::new();
    Reflect::set(&video, &"facingMode".into(), &"environment".into()).ok()?;
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_video(&video);
    let promise = devices.get_user_media_with_constraints(&constraints).ok()?;
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The platform's detector if there is one that knows QR codes, and a canvas for reading
/// pixels in wasm otherwise.
struct Reader {
    detector: Option<JsValue>,
    canvas: Option<(HtmlCanvasElement, CanvasRenderingContext2d)>,
}

impl Reader {
    fn new() -> Reader {
        Reader { detector: barcode_detector(), canvas: canvas() }
    }

    async fn read_video(&self, video: &HtmlVideoElement) -> Option<String> {
        self.read(video, (video.video_width(), video.video_height()), |c, w, h| {
            c.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w, h)
        })
        .await
    }

    async fn read_bitmap(&self, bitmap: &web_sys::ImageBitmap) -> Option<String> {
        self.read(bitmap, (bitmap.width(), bitmap.height()), |c, w, h| {
            c.draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, w, h)
        })
        .await
    }

    /// The platform's detector on `source`; else `draw` it, scaled to fit, and read its pixels.
    async fn read(
        &self,
        source: &JsValue,
        (w, h): (u32, u32),
        draw: impl FnOnce(&CanvasRenderingContext2d, f64, f64) -> Result<(), JsValue>,
    ) -> Option<String> {
        if let Some(text) = self.detect(source).await {
            return Some(text);
        }
        let (w, h) = fit(w, h);
        let (canvas, context) = self.canvas.as_ref()?;
        canvas.set_width(w);
        canvas.set_height(h);
        draw(context, w.into(), h.into()).ok()?;
        let data = context.get_image_data(0.0, 0.0, w.into(), h.into()).ok()?.data();
        avenir_qr::decode_rgba(w as usize, h as usize, &data)
    }

    /// `BarcodeDetector.detect(source)`: the first code's `rawValue`.
    async fn detect(&self, source: &JsValue) -> Option<String> {
        let detector = self.detector.as_ref()?;
        let detect: js_sys::Function = Reflect::get(detector, &"detect".into()).ok()?.dyn_into().ok()?;
        let promise: Promise = detect.call1(detector, source).ok()?.dyn_into().ok()?;
        let codes: Array = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
        codes.iter().find_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string())
    }
}

/// `new BarcodeDetector({ formats: ['qr_code'] })`, where the browser has it.
fn barcode_detector() -> Option<JsValue> {
    let window = web_sys::window()?;
    let class: js_sys::Function = Reflect::get(&window, &"BarcodeDetector".into()).ok()?.dyn_into().ok()?;
    let options = Object::new();
    Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into())).ok()?;
    Reflect::construct(&class, &Array::of1(&options)).ok()
}

fn canvas() -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let canvas: HtmlCanvasElement = web_sys::window()?.document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    let options = Object::new();
    Reflect::set(&options, &"willReadFrequently".into(), &true.into()).ok()?;
    let context = canvas.get_context_with_context_options("2d", &options).ok()??.dyn_into().ok()?;
    Some((canvas, context))
}

/// `(w, h)` scaled down so that the longer side is at most [`MAX_SIDE`].
fn fit(w: u32, h: u32) -> (u32, u32) {
    let longest = w.max(h).max(1);
    if longest <= MAX_SIDE {
        return (w.max(1), h.max(1));
    }
    ((w * MAX_SIDE / longest).max(1), (h * MAX_SIDE / longest).max(1))
}
