<?php
/**
 * The endpoint inside WordPress, `/wp-json/msp/v1/…`, with the reference collector's contract
 * (TEAM-API.md): public POST /submissions, /feed, /events, /events/<id>/seats, /health; the team's
 * routes behind the `msp_read_results` capability (logged-in cookie + X-WP-Nonce, 403 without it).
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || exit;

class MSP_Widgets_Rest {

	const NS = 'msp/v1';

	public static function hooks() {
		add_action( 'rest_api_init', array( __CLASS__, 'register' ) );
		add_filter( 'rest_request_before_callbacks', array( __CLASS__, 'own_json_errors' ), 10, 3 );
		add_filter( 'rest_pre_serve_request', array( __CLASS__, 'serve_feed' ), 10, 4 );
		// A page on another site (a federation's widgets) posts with these headers and reads these answers.
		add_filter(
			'rest_allowed_cors_headers',
			function ( $headers ) {
				return array_merge( $headers, array( 'Idempotency-Key' ) );
			}
		);
		add_filter(
			'rest_exposed_cors_headers',
			function ( $headers ) {
				return array_merge( $headers, array( 'Retry-After', 'Idempotent-Replayed', 'ETag' ) );
			}
		);
	}

	public static function register() {
		$event = '(?P<event>[A-Za-z0-9][A-Za-z0-9_.-]{0,59})';
		register_rest_route(
			self::NS,
			'/submissions',
			array(
				array(
					'methods'             => 'POST',
					'callback'            => array( __CLASS__, 'post_submission' ),
					'permission_callback' => '__return_true', // Public: the widgets post without an account.
				),
				array(
					'methods'             => 'GET',
					'callback'            => array( __CLASS__, 'get_submissions' ),
					'permission_callback' => array( __CLASS__, 'can_read' ),
				),
			)
		);
		register_rest_route( self::NS, '/health', array( 'methods' => 'GET', 'callback' => array( __CLASS__, 'health' ), 'permission_callback' => '__return_true' ) );
		register_rest_route( self::NS, '/feed', array( 'methods' => 'GET', 'callback' => array( __CLASS__, 'feed' ), 'permission_callback' => '__return_true' ) );
		register_rest_route( self::NS, '/events', array( 'methods' => 'GET', 'callback' => array( __CLASS__, 'events' ), 'permission_callback' => '__return_true' ) );
		register_rest_route( self::NS, "/events/$event/seats", array( 'methods' => 'GET', 'callback' => array( __CLASS__, 'seats' ), 'permission_callback' => '__return_true' ) );
		register_rest_route(
			self::NS,
			"/events/$event",
			array(
				array(
					'methods'             => 'PUT',
					'callback'            => array( __CLASS__, 'put_event' ),
					'permission_callback' => array( __CLASS__, 'can_read' ),
				),
				array(
					'methods'             => 'DELETE',
					'callback'            => array( __CLASS__, 'delete_event' ),
					'permission_callback' => array( __CLASS__, 'can_read' ),
				),
			)
		);
		register_rest_route( self::NS, "/events/$event/cancellations", array( 'methods' => 'POST', 'callback' => array( __CLASS__, 'cancel' ), 'permission_callback' => array( __CLASS__, 'can_read' ) ) );
		register_rest_route( self::NS, "/events/$event/notified", array( 'methods' => 'POST', 'callback' => array( __CLASS__, 'notified' ), 'permission_callback' => array( __CLASS__, 'can_read' ) ) );
		register_rest_route( self::NS, '/ideas/(?P<idea>[0-9a-fA-F-]{1,36})/answer', array( 'methods' => 'PUT', 'callback' => array( __CLASS__, 'put_answer' ), 'permission_callback' => array( __CLASS__, 'can_read' ) ) );
	}

	/** The team's routes: the capability (401 when not logged in, 403 logged in without it: WordPress's own answers). */
	public static function can_read() {
		return current_user_can( MSP_WIDGETS_CAPABILITY );
	}

	/** Unreadable JSON on our routes: our 400 `{ error, message }` instead of WordPress's `rest_invalid_json`. */
	public static function own_json_errors( $response, $handler, $request ) {
		if ( is_wp_error( $response ) && 0 === strpos( $request->get_route(), '/' . self::NS . '/' ) && 'rest_invalid_json' === $response->get_error_code() ) {
			if ( strlen( $request->get_body() ) > MSP_Widgets_Store::MAX_BODY_BYTES ) {
				return self::respond( MSP_Widgets_Store::answer( 413, array( 'error' => 'too-large', 'message' => 'Corps trop gros' ) ) );
			}
			return self::respond( MSP_Widgets_Store::answer( 400, array( 'error' => 'malformed-json', 'message' => 'JSON invalide : ' . $response->get_error_message() ) ) );
		}
		return $response;
	}

	public static function post_submission( WP_REST_Request $request ) {
		return self::respond( MSP_Widgets_Store::accept( $request->get_body(), $request->get_header( 'idempotency-key' ) ) );
	}

	public static function get_submissions( WP_REST_Request $request ) {
		$kind = $request->get_param( 'kind' );
		$kind = is_string( $kind ) && in_array( $kind, array( 'idea', 'survey', 'event-signup', 'self-check' ), true ) ? $kind : null;
		$response = new WP_REST_Response( MSP_Widgets_Store::read( $kind ), 200 );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	public static function health() {
		$ok = MSP_Widgets_Store::writable();
		return new WP_REST_Response( array( 'ok' => $ok ), $ok ? 200 : 503 );
	}

	public static function feed( WP_REST_Request $request ) {
		$feed     = MSP_Widgets_Store::idea_feed();
		$etag     = '"' . md5( wp_json_encode( $feed ) ) . '"';
		$response = new WP_REST_Response( $feed, 200 );
		$response->header( 'ETag', $etag );
		$response->header( 'Cache-Control', 'public, max-age=60' );
		$given = (string) $request->get_header( 'if-none-match' );
		if ( '' !== $given && in_array( $etag, array_map( 'trim', explode( ',', $given ) ), true ) ) {
			$response->set_status( 304 );
			$response->set_data( null );
		}
		return $response;
	}

	/** A 304 carries no body (WordPress would print "null"). */
	public static function serve_feed( $served, $result, $request, $server ) {
		if ( ! $served && $result instanceof WP_HTTP_Response && 304 === $result->get_status() && '/' . self::NS . '/feed' === $request->get_route() ) {
			return true;
		}
		return $served;
	}

	public static function events() {
		$response = new WP_REST_Response( MSP_Widgets_Store::events_feed(), 200 );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	public static function seats( WP_REST_Request $request ) {
		return self::respond( MSP_Widgets_Store::seats( $request['event'] ), array( 'Cache-Control' => 'no-store' ) );
	}

	public static function put_event( WP_REST_Request $request ) {
		return self::respond( MSP_Widgets_Store::define_event( $request['event'], $request->get_json_params() ) );
	}

	public static function delete_event( WP_REST_Request $request ) {
		return self::respond( MSP_Widgets_Store::delete_event( $request['event'] ) );
	}

	public static function cancel( WP_REST_Request $request ) {
		return self::respond( MSP_Widgets_Store::cancel( $request['event'], $request->get_json_params() ) );
	}

	public static function notified( WP_REST_Request $request ) {
		return self::respond( MSP_Widgets_Store::notified( $request['event'], $request->get_json_params() ) );
	}

	public static function put_answer( WP_REST_Request $request ) {
		return self::respond( MSP_Widgets_Store::answer_idea( $request['idea'], $request->get_json_params() ) );
	}

	/** A store answer as a REST response. */
	private static function respond( array $answer, array $headers = array() ) {
		$response = new WP_REST_Response( $answer['body'], $answer['status'] );
		foreach ( array_merge( array( 'Cache-Control' => 'no-store' ), $headers, $answer['headers'] ) as $name => $value ) {
			$response->header( $name, $value );
		}
		return $response;
	}
}
