// CloudFront Function (viewer request) for an S3 origin holding dist/: a folder URL
// such as /ru/soviet-russia is answered by its index.html. Data, media, fonts and hashed
// assets are never rewritten, so a missing one stays a 404 (set 404.html as the error page).
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    request.uri = uri.replace(/\/?$/, '/index.html');
  }
  return request;
}
