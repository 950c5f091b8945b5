package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// FetchOptions bound what one fetch may do. Zero fields take the defaults
// below.
type FetchOptions struct {
	// AllowPrivate lets fetches reach private, loopback and link-local
	// addresses. Off by default: a feed list or a feed item's link must not
	// be able to make the server probe its own network.
	AllowPrivate bool
	MaxBytes     int64         // largest body accepted, after gzip decoding (default 10 MiB)
	Timeout      time.Duration // whole request, headers and body (default 30 s)
	MaxRedirects int           // redirects followed (default 5)
	UserAgent    string        // default "annalist (+feed poller)"
}

// Defaults for FetchOptions.
const (
	DefaultMaxBytes     = 10 << 20
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
)

func (o FetchOptions) withDefaults() FetchOptions {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = "annalist (+feed poller)"
	}
	return o
}

// Fetcher gets web resources safely: http and https only, bounded in size,
// time and redirects, and refusing private addresses at dial time (so a
// name that resolves to 127.0.0.1, or a redirect to one, is refused too).
// It is safe for concurrent use.
type Fetcher struct {
	opt    FetchOptions
	client *http.Client
}

// ErrForbiddenAddress is returned (wrapped) when a fetch would connect to
// an address that is not allowed.
var ErrForbiddenAddress = errors.New("address not allowed")

// ErrTooLarge is returned (wrapped) when a body exceeds FetchOptions.MaxBytes.
var ErrTooLarge = errors.New("response too large")

// NewFetcher returns a Fetcher with the given bounds.
func NewFetcher(opt FetchOptions) *Fetcher {
	opt = opt.withDefaults()
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		dialer.Control = refusePrivate
	}
	tr := &http.Transport{
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConns:          16,
		IdleConnTimeout:       90 * time.Second,
		// We ask for gzip ourselves so that the decoded size is bounded
		// too: the transport's transparent decoding would hide a bomb.
		DisableCompression: true,
		Proxy:              nil, // a proxy would dial for us and bypass the address check
	}
	f := &Fetcher{opt: opt}
	f.client = &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.MaxRedirects {
				return fmt.Errorf("more than %d redirects", opt.MaxRedirects)
			}
			return checkScheme(req.URL)
		},
	}
	return f
}

// refusePrivate runs after name resolution, on the address actually dialled.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrForbiddenAddress, address, err)
	}
	if !PublicAddr(ap.Addr()) {
		return fmt.Errorf("%w: %s is private, loopback or link-local (use --allow-private to permit)", ErrForbiddenAddress, ap.Addr())
	}
	return nil
}

// nonPublic are ranges that IsPrivate and friends do not cover but that do
// not lead to the public internet either.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),     // "this network"
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),  // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"), // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),   // reserved, broadcast
	netip.MustParsePrefix("64:ff9b::/96"),  // NAT64 onto any IPv4, private included
}

// PublicAddr reports whether a is an address a fetch may reach by default:
// not private, loopback, link-local, multicast or unspecified (IPv4 mapped
// into IPv6 is judged as IPv4).
func PublicAddr(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() ||
		a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("scheme %q not allowed (http and https only)", u.Scheme)
	}
	if u.Host == "" {
		return errors.New("no host in URL")
	}
	return nil
}

// Validators carry a previous response's cache validators, for a
// conditional request.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched resource.
type Response struct {
	URL         string // final URL, after redirects
	Status      int
	ContentType string
	Body        []byte // decoded; empty when NotModified
	NotModified bool   // the server answered 304 to a conditional request
	Validators  Validators
}

// Get fetches rawURL. With non-empty validators the request is conditional
// and a 304 answer comes back as NotModified. Any status other than 2xx
// and 304 is an error.
func (f *Fetcher) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", rawURL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept-Encoding", "gzip")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	r := &Response{
		URL:         resp.Request.URL.String(),
		Status:      resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		Validators:  Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}
	if resp.StatusCode == http.StatusNotModified {
		r.NotModified = true
		r.Validators = v
		return r, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: HTTP %s", rawURL, resp.Status)
	}
	if r.Body, err = f.readBody(resp); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	return r, nil
}

// readBody reads at most MaxBytes, both on the wire and after decoding.
func (f *Fetcher) readBody(resp *http.Response) ([]byte, error) {
	var body io.Reader = io.LimitReader(resp.Body, f.opt.MaxBytes+1)
	if strings.EqualFold(strings.TrimSpace(resp.Header.Get("Content-Encoding")), "gzip") {
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("bad gzip body: %w", err)
		}
		defer zr.Close()
		body = zr
	}
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(body, f.opt.MaxBytes+1))
	if n > f.opt.MaxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, f.opt.MaxBytes)
	}
	if err != nil {
		// Also a gzip stream cut short by the wire limit.
		return nil, fmt.Errorf("reading body: %w", err)
	}
	return buf.Bytes(), nil
}
