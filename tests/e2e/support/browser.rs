//! A fresh browser per test, driven over WebDriver: headless Debian Chromium through
//! chromedriver for every suite, and for the smoke suite also Firefox ESR through
//! geckodriver and WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{
    InputSource, KeyAction, KeyActions, MouseActions, PointerAction, TouchActions,
};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

use super::server::Server;

const WAIT: Duration = Duration::from_secs(15);

/// The engines the site is read in: Chromium for every test, the others for the smoke suite.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

pub struct Browser {
    pub client: Client,
    pub server: Server,
    driver: Child,
}

impl Drop for Browser {
    /// Ends the driver and the browser it started (and Xvfb), even when a test panics: they
    /// run in a process group of their own, and the whole group is killed.
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Whether the driver answers its status request with `"ready": true`.
fn driver_ready(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let request =
        format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut answer = Vec::new();
    let mut chunk = [0u8; 4096];
    while let Ok(n @ 1..) = stream.read(&mut chunk) {
        answer.extend_from_slice(&chunk[..n]);
        if String::from_utf8_lossy(&answer).contains("\"ready\":true") {
            return true;
        }
    }
    false
}

impl Browser {
    /// A desktop-sized browser on a fresh server for `dist/`.
    pub async fn start() -> Browser {
        Browser::start_in(Engine::Chromium).await
    }

    /// A phone: a 390 x 844 CSS-pixel screen (headless windows cannot be that narrow).
    pub async fn phone() -> Browser {
        Browser::launch(json!({
            "mobileEmulation": { "deviceMetrics": { "width": 390, "height": 844, "pixelRatio": 3.0 } }
        }))
        .await
    }

    /// A window of `width` x `height` CSS pixels, such as a tablet held upright.
    pub async fn sized(width: u32, height: u32) -> Browser {
        Browser::launch(json!({ "args": [format!("--window-size={width},{height}")] })).await
    }

    /// A desktop-sized browser on a server for the build made for the sub-path `/sub`.
    pub async fn under_sub_path() -> Browser {
        Browser::launch_on(
            Server::start_under(super::dist_sub_dir(), "/sub"),
            json!({ "args": ["--window-size=1280,900"] }),
        )
        .await
    }

    /// A desktop-sized window of `engine` on a fresh server for `dist/`.
    pub async fn start_in(engine: Engine) -> Browser {
        let server = Server::start(super::dist_dir());
        match engine {
            Engine::Chromium => {
                Browser::launch_on(server, json!({ "args": ["--window-size=1280,900"] })).await
            }
            Engine::Firefox => {
                let firefox =
                    std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into());
                let capabilities = json!({ "moz:firefoxOptions": {
                    "binary": firefox,
                    "args": ["-headless", "--width=1280", "--height=900"],
                    // No update checks, telemetry or captive-portal probes on a closed network.
                    "prefs": {
                        "app.update.enabled": false,
                        "network.captive-portal-service.enabled": false,
                        "network.connectivity-service.enabled": false,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "toolkit.telemetry.enabled": false
                    }
                }});
                Browser::drive(server, "GECKODRIVER", "geckodriver", &[], capabilities).await
            }
            Engine::WebKit => {
                let browser = std::env::var("MINIBROWSER").unwrap_or_else(|_| {
                    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into()
                });
                let capabilities = json!({ "webkitgtk:browserOptions": {
                    "binary": browser,
                    "args": ["--automation", "--geometry=1280x900"]
                }});
                // MiniBrowser needs a display: a virtual one of its own, in the driver's
                // process group so that it ends with the test. Tests run two at a time, so
                // each starts from a display number of its own (`-a` moves on if taken).
                let driver =
                    std::env::var("WEBKITWEBDRIVER").unwrap_or_else(|_| "WebKitWebDriver".into());
                let display = free_port().to_string();
                let xvfb = ["-a", "-n", &display, "-s", "-screen 0 1280x900x24", &driver];
                Browser::drive(server, "XVFB_RUN", "xvfb-run", &xvfb, capabilities).await
            }
        }
    }

    async fn launch(options: Value) -> Browser {
        Browser::launch_on(Server::start(super::dist_dir()), options).await
    }

    async fn launch_on(server: Server, options: Value) -> Browser {
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let mut chrome = json!({
            "binary": chromium,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars"
            ]
        });
        if let Some(extra) = options["args"].as_array() {
            chrome["args"]
                .as_array_mut()
                .unwrap()
                .extend(extra.iter().cloned());
        }
        if let Some(emulation) = options.get("mobileEmulation") {
            chrome["mobileEmulation"] = emulation.clone();
        }
        let capabilities = json!({ "goog:chromeOptions": chrome });
        Browser::drive(server, "CHROMEDRIVER", "chromedriver", &[], capabilities).await
    }

    /// Starts the driver named by the environment variable `var` (else `default`) with
    /// `args` and `--port`, and opens a session with `capabilities`.
    async fn drive(
        server: Server,
        var: &str,
        default: &str,
        args: &[&str],
        capabilities: Value,
    ) -> Browser {
        let port = free_port();
        let driver_path = std::env::var(var).unwrap_or_else(|_| default.into());
        let driver = Command::new(&driver_path)
            .args(args)
            .arg(format!("--port={port}"))
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {driver_path} (scripts/setup.sh installs it): {e}")
            });
        let started = Instant::now();
        while !driver_ready(port) {
            assert!(
                started.elapsed() < WAIT,
                "{driver_path} did not become ready"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| panic!("start a session with {driver_path}: {e}"));
        Browser {
            client,
            server,
            driver,
        }
    }

    pub async fn open(&self, path: &str) {
        self.client
            .goto(&self.server.url(path))
            .await
            .expect("navigate");
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .expect("run script")
    }

    pub async fn js_string(&self, script: &str) -> String {
        match self.js(script).await {
            Value::String(s) => s,
            Value::Null => String::new(),
            other => other.to_string(),
        }
    }

    /// Polls until `script` returns true, failing with `what` after the timeout.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let started = Instant::now();
        loop {
            if self.js(script).await == Value::Bool(true) {
                return;
            }
            if started.elapsed() > WAIT {
                let h1 = self.h1().await;
                let url = self.path().await;
                panic!("timed out waiting for {what} (at {url}, h1 {h1:?})");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The text of the one `<h1>` in `<main>`, or "" while there is none.
    pub async fn h1(&self) -> String {
        self.js_string("const h = document.querySelectorAll('main h1'); return h.length === 1 ? h[0].textContent : ''")
            .await
    }

    pub async fn wait_for_h1(&self, text: &str) {
        let script = format!(
            "const h = document.querySelectorAll('main h1'); return h.length === 1 && h[0].textContent === {}",
            json!(text)
        );
        self.wait_until(&format!("the heading {text:?}"), &script)
            .await;
    }

    pub async fn path(&self) -> String {
        self.js_string("return location.pathname").await
    }

    pub async fn click(&self, css: &str) {
        self.element(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
    }

    /// Types into the field `css` finds, as a reader at the keyboard does.
    pub async fn type_in(&self, css: &str, text: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no field {css}: {e}"))
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("cannot type into {css}: {e}"));
    }

    /// Presses a key on whatever has focus, with optional modifiers held down.
    pub async fn press(&self, key: Key, modifiers: &[Key]) {
        let mut actions = KeyActions::new("keyboard".into());
        for m in modifiers {
            actions = actions.then(KeyAction::Down { value: (*m).into() });
        }
        actions = actions
            .then(KeyAction::Down { value: key.into() })
            .then(KeyAction::Up { value: key.into() });
        for m in modifiers.iter().rev() {
            actions = actions.then(KeyAction::Up { value: (*m).into() });
        }
        self.client
            .perform_actions(actions)
            .await
            .expect("press keys");
    }

    async fn element(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Moves the mouse over the element `css` finds.
    pub async fn hover(&self, css: &str) {
        let element = self.element(css).await;
        let actions = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
            element,
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        self.client
            .perform_actions(actions)
            .await
            .expect("move the mouse");
    }

    /// Taps the element `css` finds with a finger.
    pub async fn tap(&self, css: &str) {
        self.touch(css, None).await;
    }

    /// Drags a finger across the element `css` finds, `dx` CSS pixels sideways.
    pub async fn swipe(&self, css: &str, dx: f64) {
        self.touch(
            css,
            Some(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(150)),
                x: dx,
                y: 0.0,
            }),
        )
        .await;
    }

    /// A finger down on the middle of the element `css` finds, moved by `then`, lifted.
    async fn touch(&self, css: &str, then: Option<PointerAction>) {
        let element = self.element(css).await;
        let mut actions = TouchActions::new("finger".into())
            .then(PointerAction::MoveToElement {
                element,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down { button: 0 });
        if let Some(then) = then {
            actions = actions.then(then);
        }
        actions = actions.then(PointerAction::Up { button: 0 });
        self.client.perform_actions(actions).await.expect("touch");
        self.client
            .release_actions()
            .await
            .expect("release the finger");
    }

    /// Waits for the page's alert and returns what it says.
    pub async fn alert(&self) -> String {
        self.wait_until(
            "an alert",
            "return document.querySelector('[role=alert]') !== null",
        )
        .await;
        self.js_string("return document.querySelector('[role=alert]').textContent")
            .await
    }

    /// Clicks the alert's Try again while the fault on `path` lasts: the server is asked
    /// again (counted on the server, as a browser may itself retry a cut connection), and
    /// the alert gives way to the loading state and comes back.
    pub async fn retry_fails_again(&self, path: &str) {
        let asked = self.server.requests(path);
        self.js(
            "window.alertLeft = false; const alert = document.querySelector('[role=alert]'); \
              new MutationObserver(() => { if (!alert.isConnected) window.alertLeft = true; }) \
              .observe(document.body, { childList: true, subtree: true });",
        )
        .await;
        self.click("[role=alert] button").await;
        self.wait_until(
            "the alert gone and back",
            "return window.alertLeft && document.querySelector('[role=alert]') !== null",
        )
        .await;
        assert!(
            self.server.requests(path) > asked,
            "Try again asked nothing"
        );
    }

    /// The page's width against the window's: a page that fits never scrolls sideways.
    pub async fn widths(&self) -> (u64, u64) {
        let widths = self
            .js("return [document.documentElement.scrollWidth, window.innerWidth]")
            .await;
        serde_json::from_value(widths).unwrap()
    }

    /// Presses the page's bookmark button and waits until it shows as pressed.
    pub async fn bookmark(&self) {
        self.click(".bookmark-button").await;
        self.wait_until(
            "the button pressed",
            "return document.querySelector('.bookmark-button').getAttribute('aria-pressed') === 'true'",
        )
        .await;
    }

    /// Scrolls to the end of a chapter page, where its strip of the timeline loads.
    pub async fn scroll_to_strip(&self) {
        self.wait_until(
            "the page",
            "return document.querySelector('.when-near') !== null",
        )
        .await;
        self.js("document.querySelector('.when-near').scrollIntoView()")
            .await;
    }

    /// Runs a Chrome DevTools Protocol command, such as emulating print media.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp(json!({ "cmd": cmd, "params": params })))
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
    }

    /// Lets the page have two frames and a turn of its event loop: time for anything
    /// pending (a late answer, a key just pressed) to show.
    pub async fn settle(&self) {
        self.client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))",
                vec![],
            )
            .await
            .expect("two frames");
    }

    /// Sends the page's requests past the offline worker, so that a fault reaches the app
    /// instead of a copy the worker kept from an earlier load.
    pub async fn bypass_service_worker(&self) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))
            .await;
    }
}

/// chromedriver's door to the DevTools Protocol.
#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}
