// The privacy notice in an iOS app (iOS 15+, UIKit): the page bundled in the app, its permission switches showing
// the OS state, and the reader's consent choices kept by the app. Put the files `privacy-notice render --embed`
// and dist/browser/ make in a folder reference named `privacy` (index.html first), and add the usage descriptions
// (NSCameraUsageDescription...) of the permissions your policy lists to Info.plist.
import AVFoundation
import CoreLocation
import Photos
import UIKit
import UniformTypeIdentifiers
import UserNotifications
import WebKit

/// Serves the bundled `privacy` folder at app-privacy://notice/. WKWebView runs no module script of a page opened
/// with loadFileURL (file: has no origin to load modules from); a scheme of the app's own gives the page one.
final class BundledPageHandler: NSObject, WKURLSchemeHandler {
  static let scheme = "app-privacy"
  static let origin = "\(scheme)://notice"
  private let folder = Bundle.main.resourceURL!.appendingPathComponent("privacy", isDirectory: true).standardizedFileURL

  func webView(_ webView: WKWebView, start task: WKURLSchemeTask) {
    let path = task.request.url?.path ?? "/"
    let file = folder.appendingPathComponent(path == "/" ? "index.html" : String(path.dropFirst())).standardizedFileURL
    guard file.path.hasPrefix(folder.path + "/"), let data = try? Data(contentsOf: file) else {
      task.didFailWithError(URLError(.fileDoesNotExist))
      return
    }
    let type = UTType(filenameExtension: file.pathExtension)?.preferredMIMEType ?? "application/octet-stream"
    task.didReceive(HTTPURLResponse(url: task.request.url!, statusCode: 200, httpVersion: "HTTP/1.1",
                                    headerFields: ["Content-Type": type])!)
    task.didReceive(data)
    task.didFinish()
  }

  func webView(_ webView: WKWebView, stop task: WKURLSchemeTask) {}
}

/// Each permission kind of the policy (permissions[].permission) read and asked for with its iOS API.
@MainActor
final class OSPermissions: NSObject, CLLocationManagerDelegate {
  private let location = CLLocationManager()
  private var locationAnswer: CheckedContinuation<Void, Never>?

  override init() {
    super.init()
    location.delegate = self
  }

  /// "granted", "denied" (off, or never asked: turning the switch on asks), or "unknown" (no switch).
  func state(_ kind: String) async -> String {
    switch kind {
    case "camera": return Self.state(AVCaptureDevice.authorizationStatus(for: .video))
    case "microphone": return Self.state(AVCaptureDevice.authorizationStatus(for: .audio))
    case "location", "precise-location":
      switch location.authorizationStatus {
      case .authorizedWhenInUse, .authorizedAlways: return "granted"
      case .denied, .restricted, .notDetermined: return "denied"
      @unknown default: return "unknown"
      }
    case "photos":
      switch PHPhotoLibrary.authorizationStatus(for: .readWrite) {
      case .authorized, .limited: return "granted"
      case .denied, .restricted, .notDetermined: return "denied"
      @unknown default: return "unknown"
      }
    case "notifications":
      switch await UNUserNotificationCenter.current().notificationSettings().authorizationStatus {
      case .authorized, .provisional, .ephemeral: return "granted"
      case .denied, .notDetermined: return "denied"
      @unknown default: return "unknown"
      }
    default: return "unknown"
    }
  }

  /// Asks the OS. iOS asks the reader once; after a "Don't Allow" only the Settings app can change it.
  func request(_ kind: String) async -> String {
    switch kind {
    case "camera": _ = await AVCaptureDevice.requestAccess(for: .video)
    case "microphone": _ = await AVCaptureDevice.requestAccess(for: .audio)
    case "location", "precise-location":
      if location.authorizationStatus == .notDetermined {
        await withCheckedContinuation { answer in
          locationAnswer = answer
          location.requestWhenInUseAuthorization()
        }
      }
    case "photos": _ = await PHPhotoLibrary.requestAuthorization(for: .readWrite)
    case "notifications": _ = try? await UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .badge, .sound])
    default: break
    }
    return await state(kind)
  }

  nonisolated func locationManagerDidChangeAuthorization(_ manager: CLLocationManager) {
    Task { @MainActor in
      locationAnswer?.resume()
      locationAnswer = nil
    }
  }

  private static func state(_ status: AVAuthorizationStatus) -> String {
    switch status {
    case .authorized: return "granted"
    case .denied, .restricted, .notDetermined: return "denied"
    @unknown default: return "unknown"
    }
  }
}

/// The reader's consent choices, kept by the app (the page's storage may be cleared with the webview's data).
struct ConsentChoices {
  private let key = "privacy-notice-choices"

  func load() -> [[String: Any]] {
    UserDefaults.standard.array(forKey: key) as? [[String: Any]] ?? []
  }

  func save(id: String, kind: String, granted: Bool) {
    let others = load().filter { $0["id"] as? String != id || $0["kind"] as? String != kind }
    UserDefaults.standard.set(others + [["id": id, "kind": kind, "granted": granted]], forKey: key)
  }
}

final class PrivacyNoticeViewController: UIViewController, WKScriptMessageHandler {
  /// Follows a consent choice in the app, e.g. turns an analytics SDK off.
  var onConsentChange: ((_ id: String, _ kind: String, _ granted: Bool) -> Void)?

  private var webView: WKWebView!
  private let os = OSPermissions()
  private let choices = ConsentChoices()
  /// The permissions the page shows (id, kind), from its hello.
  private var permissions: [(id: String, kind: String)] = []

  override func viewDidLoad() {
    super.viewDidLoad()
    let configuration = WKWebViewConfiguration()
    configuration.setURLSchemeHandler(BundledPageHandler(), forURLScheme: BundledPageHandler.scheme)
    configuration.websiteDataStore = .default()   // not .nonPersistent(): the page keeps choices in localStorage
    webView = WKWebView(frame: view.bounds, configuration: configuration)
    webView.autoresizingMask = [.flexibleWidth, .flexibleHeight]
    view.addSubview(webView)
    webView.load(URLRequest(url: URL(string: "\(BundledPageHandler.origin)/index.html")!))
    // Back from the Settings app: show the permissions as they are now.
    NotificationCenter.default.addObserver(self, selector: #selector(refresh),
                                           name: UIApplication.willEnterForegroundNotification, object: nil)
  }

  override func viewWillAppear(_ animated: Bool) {
    super.viewWillAppear(animated)
    webView.configuration.userContentController.add(self, name: "privacyNotice")
  }

  override func viewDidDisappear(_ animated: Bool) {
    super.viewDidDisappear(animated)
    // The content controller keeps its handler: removed here, or this controller is never freed.
    webView.configuration.userContentController.removeScriptMessageHandler(forName: "privacyNotice")
  }

  func userContentController(_ controller: WKUserContentController, didReceive message: WKScriptMessage) {
    let origin = message.frameInfo.securityOrigin
    guard message.frameInfo.isMainFrame,   // not a frame inside the page
          "\(origin.protocol)://\(origin.host)" == BundledPageHandler.origin,   // not a page a link led to
          let text = message.body as? String,
          let msg = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any],
          msg["bridge"] as? String == "privacy-notice", msg["version"] as? Int == 1 else { return }
    Task { @MainActor in await handle(msg) }
  }

  private func handle(_ msg: [String: Any]) async {
    switch msg["type"] as? String {
    case "hello":
      permissions = (msg["permissions"] as? [[String: Any]] ?? []).compactMap { p in
        guard let id = p["id"] as? String, let kind = p["permission"] as? String else { return nil }
        return (id, kind)
      }
      await sendStates()
    case "set-permission":
      guard let requestId = msg["requestId"] as? String, let id = msg["id"] as? String,
            let kind = msg["permission"] as? String, let granted = msg["granted"] as? Bool else { return }
      var answer: [String: Any] = ["type": "permission-result", "requestId": requestId, "id": id]
      if granted {
        let state = await os.request(kind)
        answer["state"] = state == "granted" ? "granted" : "denied"
        if state != "granted" { answer["reason"] = "Allow it in Settings › Privacy & Security." }
      } else {
        // iOS lets no app take back its own permission: the reader turns it off in Settings.
        let state = await os.state(kind)
        answer["state"] = state == "granted" ? "granted" : "denied"
        if state == "granted" {
          answer["reason"] = "Turn it off in the Settings app, which is now open."
          _ = await UIApplication.shared.open(URL(string: UIApplication.openSettingsURLString)!)
        }
      }
      send(answer)
    case "consent-change":
      guard let id = msg["id"] as? String, let kind = msg["kind"] as? String,
            let granted = msg["granted"] as? Bool else { return }
      choices.save(id: id, kind: kind, granted: granted)
      onConsentChange?(id, kind, granted)
    default:
      break
    }
  }

  @objc private func refresh() {
    Task { @MainActor in await sendStates() }
  }

  /// Tells the page the OS state of each permission it shows, and the choices the app holds.
  private func sendStates() async {
    guard !permissions.isEmpty else { return }
    var states: [[String: Any]] = []
    for permission in permissions {
      states.append(["id": permission.id, "state": await os.state(permission.kind)])
    }
    send(["type": "permission-state", "permissions": states, "choices": choices.load()])
  }

  private func send(_ body: [String: Any]) {
    let message = body.merging(["bridge": "privacy-notice", "version": 1]) { mine, _ in mine }
    guard let data = try? JSONSerialization.data(withJSONObject: message),
          let json = String(data: data, encoding: .utf8) else { return }
    webView.evaluateJavaScript("window.privacyNoticeBridge.receive(\(json))")
  }
}
