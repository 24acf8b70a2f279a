// The privacy notice in an Android app (androidx.webkit 1.8+, androidx.activity): the page bundled in the app's
// assets, its permission switches showing the OS state, and the reader's consent choices kept by the app. Put the
// files `privacy-notice render --embed` and dist/browser/ make in src/main/assets/privacy/ (index.html first).
package com.example.shop

import android.Manifest
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.provider.Settings
import android.webkit.WebResourceRequest
import android.webkit.WebResourceResponse
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.activity.ComponentActivity
import androidx.activity.result.contract.ActivityResultContracts
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import androidx.webkit.JavaScriptReplyProxy
import androidx.webkit.WebViewAssetLoader
import androidx.webkit.WebViewCompat
import androidx.webkit.WebViewFeature
import org.json.JSONArray
import org.json.JSONObject

class PrivacyNoticeActivity : ComponentActivity() {
  companion object {
    /** WebViewAssetLoader's origin: the page is served over https, so module scripts and storage work. */
    const val ORIGIN = "https://appassets.androidplatform.net"
    const val PAGE = "$ORIGIN/assets/privacy/index.html"
  }

  /** Follows a consent choice in the app, e.g. turns an analytics SDK off. */
  var onConsentChange: (id: String, kind: String, granted: Boolean) -> Unit = { _, _, _ -> }

  private lateinit var webView: WebView
  private var reply: JavaScriptReplyProxy? = null
  /** The permissions the page shows (id to kind), from its hello. */
  private var permissions = listOf<Pair<String, String>>()
  /** The set-permission request waiting for the reader's answer to the OS dialog. */
  private var waiting: JSONObject? = null

  private val askOs = registerForActivityResult(ActivityResultContracts.RequestPermission()) { _ ->
    val request = waiting ?: return@registerForActivityResult
    waiting = null
    val state = stateOf(request.getString("permission"))
    answer(request, if (state == "granted") "granted" else "denied",
      if (state == "granted") null else "Allow it in Settings › Apps › Permissions.")
  }

  override fun onCreate(savedInstanceState: Bundle?) {
    super.onCreate(savedInstanceState)
    val assets = WebViewAssetLoader.Builder()
      .addPathHandler("/assets/", WebViewAssetLoader.AssetsPathHandler(this))
      .build()
    webView = WebView(this)
    webView.settings.javaScriptEnabled = true
    webView.settings.domStorageEnabled = true   // off by default: without it the page keeps no choice
    webView.settings.allowFileAccess = false
    webView.webViewClient = object : WebViewClient() {
      override fun shouldInterceptRequest(view: WebView, request: WebResourceRequest): WebResourceResponse? =
        assets.shouldInterceptRequest(request.url)
    }
    check(WebViewFeature.isFeatureSupported(WebViewFeature.WEB_MESSAGE_LISTENER)) { "update Android System WebView" }
    // Only the bundled page gets the object: other origins, and links the reader follows, see nothing.
    WebViewCompat.addWebMessageListener(webView, "privacyNotice", setOf(ORIGIN)) { _, message, _, isMainFrame, replyProxy ->
      val msg = runCatching { JSONObject(message.data ?: "") }.getOrNull()
      if (isMainFrame && msg != null && msg.optString("bridge") == "privacy-notice" && msg.optInt("version") == 1) {
        reply = replyProxy
        handle(msg)
      }
    }
    setContentView(webView)
    webView.loadUrl(PAGE)
  }

  /** Back from the system settings: show the permissions as they are now. */
  override fun onResume() {
    super.onResume()
    sendStates()
  }

  private fun handle(msg: JSONObject) {
    when (msg.optString("type")) {
      "hello" -> {
        val list = msg.getJSONArray("permissions")
        permissions = (0 until list.length()).map { list.getJSONObject(it) }
          .map { it.getString("id") to it.getString("permission") }
        sendStates()
      }
      "set-permission" -> {
        val kind = msg.getString("permission")
        val manifest = manifestPermission(kind)
        val state = stateOf(kind)
        when {
          msg.getBoolean("granted") && state != "granted" && manifest != null -> {
            waiting = msg
            askOs.launch(manifest)
          }
          !msg.getBoolean("granted") && state == "granted" -> {
            // No app can take back its own permission: the reader turns it off in the app's settings.
            startActivity(Intent(Settings.ACTION_APPLICATION_DETAILS_SETTINGS, Uri.fromParts("package", packageName, null)))
            answer(msg, "granted", "Turn it off in the settings, which are now open.")
          }
          else -> answer(msg, if (state == "granted") "granted" else "denied",
            if ((state == "granted") == msg.getBoolean("granted")) null else "This device does not offer it.")
        }
      }
      "consent-change" -> {
        val id = msg.getString("id")
        val kind = msg.getString("kind")
        val granted = msg.getBoolean("granted")
        saveChoice(id, kind, granted)
        onConsentChange(id, kind, granted)
      }
    }
  }

  /** The manifest permission of each kind of the policy (permissions[].permission); null when it has none here. */
  private fun manifestPermission(kind: String): String? = when (kind) {
    "camera" -> Manifest.permission.CAMERA
    "microphone" -> Manifest.permission.RECORD_AUDIO
    "location" -> Manifest.permission.ACCESS_COARSE_LOCATION
    "precise-location" -> Manifest.permission.ACCESS_FINE_LOCATION
    "photos" -> if (Build.VERSION.SDK_INT >= 33) Manifest.permission.READ_MEDIA_IMAGES else Manifest.permission.READ_EXTERNAL_STORAGE
    "notifications" -> if (Build.VERSION.SDK_INT >= 33) Manifest.permission.POST_NOTIFICATIONS else null
    "bluetooth", "nearby-devices" -> if (Build.VERSION.SDK_INT >= 31) Manifest.permission.BLUETOOTH_CONNECT else null
    "contacts" -> Manifest.permission.READ_CONTACTS
    "calendar" -> Manifest.permission.READ_CALENDAR
    "activity-recognition" -> if (Build.VERSION.SDK_INT >= 29) Manifest.permission.ACTIVITY_RECOGNITION else null
    else -> null
  }

  /** "granted", "denied" (off, or never asked: turning the switch on asks), or "unknown" (no switch). */
  private fun stateOf(kind: String): String {
    if (kind == "notifications" && Build.VERSION.SDK_INT < 33)
      return if (NotificationManagerCompat.from(this).areNotificationsEnabled()) "granted" else "denied"
    val manifest = manifestPermission(kind) ?: return "unknown"
    val granted = ContextCompat.checkSelfPermission(this, manifest) == PackageManager.PERMISSION_GRANTED
    return if (granted) "granted" else "denied"
  }

  private fun answer(request: JSONObject, state: String, reason: String?) {
    val message = envelope("permission-result")
      .put("requestId", request.getString("requestId"))
      .put("id", request.getString("id"))
      .put("state", state)
    if (reason != null) message.put("reason", reason)
    send(message)
  }

  /** Tells the page the OS state of each permission it shows, and the choices the app holds. */
  private fun sendStates() {
    if (permissions.isEmpty()) return
    val states = JSONArray()
    for ((id, kind) in permissions) states.put(JSONObject().put("id", id).put("state", stateOf(kind)))
    send(envelope("permission-state").put("permissions", states).put("choices", loadChoices()))
  }

  private fun envelope(type: String) = JSONObject().put("bridge", "privacy-notice").put("version", 1).put("type", type)

  private fun send(message: JSONObject) {
    reply?.postMessage(message.toString())
  }

  // The reader's consent choices, kept by the app (the page's storage goes with the app's data).
  private val prefs by lazy { getSharedPreferences("privacy-notice", MODE_PRIVATE) }

  private fun loadChoices() = JSONArray(prefs.getString("choices", "[]"))

  private fun saveChoice(id: String, kind: String, granted: Boolean) {
    val all = loadChoices()
    val kept = JSONArray()
    for (i in 0 until all.length()) {
      val choice = all.getJSONObject(i)
      if (choice.getString("id") != id || choice.getString("kind") != kind) kept.put(choice)
    }
    kept.put(JSONObject().put("id", id).put("kind", kind).put("granted", granted))
    prefs.edit().putString("choices", kept.toString()).apply()
  }
}
