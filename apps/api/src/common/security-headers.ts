import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Browser features the app never uses, denied to it and to anything it embeds. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/** The jury's share page and the API routes behind it. */
const SHARED = /^\/(partage|api\/shared)(\/|$)/;

/**
 * Security headers for every response (web app, API, documentation). The Content-Security-Policy
 * allows no inline script: the built web app loads only its own files. Inline styles stay allowed
 * because PrimeVue injects its theme as <style> elements at run time. HSTS is sent only when the
 * public address is HTTPS (browsers ignore it over HTTP, and a wrong one locks a host out).
 * Referrer-Policy `no-referrer` keeps share-link tokens out of other sites' logs. File downloads
 * set their own stricter policy (send-object.ts).
 */
export function securityHeaders(publicUrl: string | undefined): RequestHandler[] {
  const https = publicUrl?.startsWith('https://') ?? false;
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
      // Same-origin iframes show PDF evidence inline (examiner's viewer); no other site may.
      xFrameOptions: { action: 'sameorigin' },
    }),
    (req, res, next) => {
      res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      // A shared dossier is personal data reached by a secret link: never indexed, even by a
      // crawler that does not run the page's script (which also sets a robots meta tag).
      if (SHARED.test(req.path)) res.setHeader('X-Robots-Tag', 'noindex, nofollow');
      next();
    },
  ];
}
