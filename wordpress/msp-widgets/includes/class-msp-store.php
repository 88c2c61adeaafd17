<?php
/**
 * What the endpoint stores and reads: submissions (deduplicated by a UNIQUE key on the envelope id),
 * the events the team defined, the team's actions and its answers to ideas. Every query goes through
 * $wpdb->prepare; the seats of an event are decided while its row is locked (SELECT … FOR UPDATE).
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || exit;

class MSP_Widgets_Store {

	/** Largest body accepted, bytes. */
	const MAX_BODY_BYTES = 262144;

	/** The statuses that close an idea: they always carry an answer to the person (HAS 2023, fiche 1). */
	const DECIDED_STATUSES = array( 'retenue', 'non-retenue', 'realisee' );

	/** @var MSP_Widgets_Validator|null */
	private static $validator;

	/** The validator of dist/envelope.schema.json (shipped in the plugin's dist/). */
	public static function validator() {
		if ( ! self::$validator ) {
			self::$validator = MSP_Widgets_Validator::from_file( MSP_WIDGETS_DIR . 'dist/envelope.schema.json' );
		}
		return self::$validator;
	}

	/**
	 * POST /submissions.
	 *
	 * @param string      $raw        The request body.
	 * @param string|null $key_header Idempotency-Key.
	 * @return array { status, body, headers? }
	 */
	public static function accept( $raw, $key_header ) {
		global $wpdb;
		if ( strlen( $raw ) > self::MAX_BODY_BYTES ) {
			return self::answer( 413, array( 'error' => 'too-large', 'message' => sprintf( 'Corps de plus de %d octets', self::MAX_BODY_BYTES ) ) );
		}
		$json = json_decode( $raw );
		if ( JSON_ERROR_NONE !== json_last_error() || '' === trim( $raw ) ) {
			return self::answer( 400, array( 'error' => 'malformed-json', 'message' => 'JSON invalide : ' . ( '' === trim( $raw ) ? 'corps vide' : json_last_error_msg() ) ) );
		}
		$checked = self::validator()->validate( $json );
		if ( ! $checked['ok'] ) {
			return self::answer( 422, array( 'error' => 'invalid', 'message' => 'Enveloppe invalide', 'problems' => $checked['problems'] ) );
		}
		$envelope     = $checked['envelope'];
		$envelope->id = strtolower( $envelope->id );
		$id           = $envelope->id;
		$key      = null === $key_header || '' === $key_header ? $id : strtolower( trim( $key_header ) );
		if ( $key !== $id ) {
			return self::answer( 422, array( 'error' => 'key-mismatch', 'message' => 'Idempotency-Key doit être égal à l’id de l’enveloppe' ) );
		}
		// Same key and same body: the same JSON once keys are sorted, whatever the spacing or order.
		$hash = hash( 'sha256', self::canonical( $json ) );

		$anonymous = in_array( $envelope->kind, MSP_Widgets_Validator::ANONYMOUS_KINDS, true );
		if ( $anonymous ) {
			// Anonymous kinds keep the day only: a full timestamp is cut before storing.
			$envelope->createdAt = substr( $envelope->createdAt, 0, 10 );
		}
		$now      = time();
		$instant  = gmdate( 'Y-m-d\TH:i:s\Z', $now );
		$day      = wp_date( 'Y-m-d', $now );
		$is_event = 'event-signup' === $envelope->kind;
		$row      = array(
			'id'           => $id,
			'kind'         => $envelope->kind,
			'body_hash'    => $hash,
			'envelope'     => wp_json_encode( $envelope, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ),
			'response'     => '{}',
			'status'       => 201,
			'received_at'  => $anonymous ? $day : $instant,
			'received_day' => $day,
			'event_id'     => $is_event ? $envelope->payload->eventId : null,
			'event_end'    => $is_event ? substr( $envelope->payload->eventEnd, 0, 10 ) : null,
			'seats'        => $is_event ? (int) $envelope->payload->seats : null,
			'contact'      => self::contact_of( $envelope ),
		);

		$existing = self::existing( $id, $hash );
		if ( $existing ) {
			return $existing;
		}

		$table = MSP_Widgets_Schema::table( 'submissions' );
		if ( $is_event ) {
			if ( ! self::lock_event( $row['event_id'] ) ) {
				return self::busy();
			}
		} else {
			self::begin();
		}
		$suppress = $wpdb->suppress_errors( true );
		$inserted = $wpdb->insert( $table, $row );
		$wpdb->suppress_errors( $suppress );
		if ( ! $inserted ) {
			$error = $wpdb->last_error;
			$wpdb->query( 'ROLLBACK' );
			// Another request stored the same key first (the UNIQUE key said so): answer as a replay.
			$existing = self::existing( $id, $hash );
			if ( $existing ) {
				return $existing;
			}
			return self::answer( 500, array( 'error' => 'storage', 'message' => 'Enregistrement impossible : ' . $error ) );
		}
		$response = array(
			'id'     => $envelope->id,
			'stored' => true,
		);
		if ( $is_event ) {
			$registration = MSP_Widgets_Seats::registration( self::allocation( $row['event_id'] ), $id );
			if ( $registration ) {
				$response['registration'] = $registration;
			}
		}
		$wpdb->update( $table, array( 'response' => wp_json_encode( $response ) ), array( 'id' => $id ) );
		if ( false === $wpdb->query( 'COMMIT' ) ) {
			return self::answer( 500, array( 'error' => 'storage', 'message' => 'Enregistrement impossible' ) );
		}
		return self::answer( 201, $response );
	}

	/** The stored answer for a key already used: the same one for the same body, 422 for another. */
	private static function existing( $id, $hash ) {
		global $wpdb;
		$table = MSP_Widgets_Schema::table( 'submissions' );
		$found = $wpdb->get_row( $wpdb->prepare( "SELECT body_hash, status, response FROM $table WHERE id = %s", $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! $found ) {
			return null;
		}
		if ( $found->body_hash !== $hash ) {
			return self::answer( 422, array( 'error' => 'key-reused', 'message' => 'Cette Idempotency-Key a déjà servi pour un autre contenu' ) );
		}
		return self::answer( (int) $found->status, json_decode( $found->response, true ), array( 'Idempotent-Replayed' => 'true' ) );
	}

	/** READ COMMITTED: after the event's row is locked, each read sees every signup committed before. */
	private static function begin() {
		global $wpdb;
		$wpdb->query( 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED' );
		$wpdb->query( 'START TRANSACTION' );
	}

	/**
	 * Opens a transaction holding the event's row lock until COMMIT. The row is created first, in its
	 * own statement: an INSERT IGNORE inside the transaction would take a shared lock on an existing
	 * row, and two requests upgrading their shared locks at once deadlock (InnoDB then rolls one back
	 * and its next statements would run without any lock).
	 *
	 * @return bool False when the lock could not be taken (the caller answers 503, the widget retries).
	 */
	private static function lock_event( $event_id ) {
		global $wpdb;
		$events   = MSP_Widgets_Schema::table( 'events' );
		$suppress = $wpdb->suppress_errors( true );
		$wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO $events (id, definition, capacity, defined_by) VALUES (%s, NULL, NULL, '')", $event_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		self::begin();
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT id FROM $events WHERE id = %s FOR UPDATE", $event_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->suppress_errors( $suppress );
		if ( ! $row ) {
			$wpdb->query( 'ROLLBACK' );
			return false;
		}
		return true;
	}

	/** The answer when the event's lock could not be had (lock wait timeout): try again soon. */
	private static function busy() {
		return self::answer( 503, array( 'error' => 'busy', 'message' => 'Trop de demandes en même temps, réessayez' ), array( 'Retry-After' => '2' ) );
	}

	/** The seats of an event as stored now. */
	public static function allocation( $event_id ) {
		return self::allocations( array( $event_id ) )[ $event_id ];
	}

	/**
	 * The seats of several events as stored now: three queries whatever the number of events (the
	 * public feed lists them all), each event's signups in arrival order.
	 *
	 * @param string[] $event_ids The events.
	 * @return array Event id => allocation (see MSP_Widgets_Seats::allocate).
	 */
	public static function allocations( array $event_ids ) {
		global $wpdb;
		$event_ids = array_values( array_unique( array_map( 'strval', $event_ids ) ) );
		if ( ! $event_ids ) {
			return array();
		}
		$submissions = MSP_Widgets_Schema::table( 'submissions' );
		$events      = MSP_Widgets_Schema::table( 'events' );
		$actions     = MSP_Widgets_Schema::table( 'actions' );
		$in          = implode( ', ', array_fill( 0, count( $event_ids ), '%s' ) );
		$capacities  = array();
		$signups     = array_fill_keys( $event_ids, array() );
		$cancelled   = array_fill_keys( $event_ids, array() );
		foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT id, capacity FROM $events WHERE id IN ($in)", $event_ids ) ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$capacities[ $row->id ] = null === $row->capacity ? null : (int) $row->capacity;
		}
		foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT event_id, id, seats FROM $submissions WHERE kind = 'event-signup' AND event_id IN ($in) ORDER BY seq", $event_ids ), ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$signups[ $row['event_id'] ][] = array(
				'id'    => $row['id'],
				'seats' => $row['seats'],
			);
		}
		foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT event_id, signup_id FROM $actions WHERE type = 'event-cancellation' AND event_id IN ($in)", $event_ids ) ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$cancelled[ $row->event_id ][] = $row->signup_id;
		}
		$out = array();
		foreach ( $event_ids as $event_id ) {
			$capacity         = isset( $capacities[ $event_id ] ) ? $capacities[ $event_id ] : null;
			$out[ $event_id ] = MSP_Widgets_Seats::allocate( $event_id, $capacity, $signups[ $event_id ], $cancelled[ $event_id ] );
		}
		return $out;
	}

	/** GET /events/<id>/seats. */
	public static function seats( $event_id ) {
		return self::answer( 200, MSP_Widgets_Seats::answer( self::allocation( $event_id ) ) );
	}

	/**
	 * POST /events/<id>/cancellations { signupId }: frees the seats, promotes from the waiting list.
	 */
	public static function cancel( $event_id, $body ) {
		global $wpdb;
		$signup_id = is_array( $body ) && isset( $body['signupId'] ) && is_string( $body['signupId'] ) ? strtolower( $body['signupId'] ) : '';
		if ( '' === $signup_id || strlen( $signup_id ) > 100 ) {
			return self::answer( 400, array( 'error' => 'invalid', 'message' => 'Corps attendu : { "signupId": "<id de l’inscription>" }' ) );
		}
		if ( ! self::lock_event( $event_id ) ) {
			return self::busy();
		}
		if ( ! self::signup_exists( $event_id, $signup_id ) ) {
			$wpdb->query( 'ROLLBACK' );
			return self::answer( 404, array( 'error' => 'not-found', 'message' => sprintf( 'Aucune inscription %s pour l’événement %s', $signup_id, $event_id ) ) );
		}
		$before  = self::allocation( $event_id );
		$already = (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . MSP_Widgets_Schema::table( 'actions' ) . " WHERE type = 'event-cancellation' AND event_id = %s AND signup_id = %s", $event_id, $signup_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		if ( ! $already ) {
			self::add_action( 'event-cancellation', $event_id, $signup_id );
		}
		$after    = self::allocation( $event_id );
		$promoted = MSP_Widgets_Seats::promoted( $before, $after );
		foreach ( $promoted as $entry ) {
			self::add_action( 'event-promotion', $event_id, $entry['id'] );
		}
		$wpdb->query( 'COMMIT' );
		return self::answer(
			200,
			array(
				'eventId'          => $event_id,
				'signupId'         => $signup_id,
				'cancelled'        => true,
				'alreadyCancelled' => $already,
				'promoted'         => $promoted,
				'seats'            => MSP_Widgets_Seats::answer( $after ),
			)
		);
	}

	/** POST /events/<id>/notified { signupId }: the team told a promoted person. */
	public static function notified( $event_id, $body ) {
		$signup_id = is_array( $body ) && isset( $body['signupId'] ) && is_string( $body['signupId'] ) ? strtolower( $body['signupId'] ) : '';
		if ( '' === $signup_id ) {
			return self::answer( 400, array( 'error' => 'invalid', 'message' => 'Corps attendu : { "signupId": "<id de l’inscription>" }' ) );
		}
		if ( ! self::signup_exists( $event_id, $signup_id ) ) {
			return self::answer( 404, array( 'error' => 'not-found', 'message' => sprintf( 'Aucune inscription %s pour l’événement %s', $signup_id, $event_id ) ) );
		}
		self::add_action( 'event-notified', $event_id, $signup_id );
		return self::answer( 200, array( 'eventId' => $event_id, 'signupId' => $signup_id, 'notified' => true ) );
	}

	private static function signup_exists( $event_id, $signup_id ) {
		global $wpdb;
		$table = MSP_Widgets_Schema::table( 'submissions' );
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM $table WHERE kind = 'event-signup' AND event_id = %s AND id = %s", $event_id, $signup_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	private static function add_action( $type, $event_id, $signup_id ) {
		global $wpdb;
		$wpdb->insert(
			MSP_Widgets_Schema::table( 'actions' ),
			array(
				'type'      => $type,
				'at'        => gmdate( 'Y-m-d\TH:i:s\Z' ),
				'event_id'  => $event_id,
				'signup_id' => $signup_id,
				'data'      => wp_json_encode( array( 'eventId' => $event_id, 'signupId' => $signup_id ) ),
			)
		);
	}

	/**
	 * PUT /events/<id>: the team defines an event (the event feed's object). Capacity comes only from
	 * here (and from a signup block the team saved), never from a public POST.
	 *
	 * @param string $event_id  The event.
	 * @param mixed  $body      The event object.
	 * @param string $source    Who defined it: 'team' (REST) or 'block' (a saved page).
	 */
	public static function define_event( $event_id, $body, $source = 'team' ) {
		global $wpdb;
		$problems = self::event_problems( $event_id, $body );
		if ( $problems ) {
			return self::answer( 422, array( 'error' => 'invalid', 'message' => 'Événement invalide', 'problems' => $problems ) );
		}
		$capacity = isset( $body['capacity'] ) ? (int) $body['capacity'] : null;
		if ( ! self::lock_event( $event_id ) ) {
			return self::busy();
		}
		$before = self::allocation( $event_id );
		$wpdb->update(
			MSP_Widgets_Schema::table( 'events' ),
			array(
				'definition' => wp_json_encode( $body ),
				'capacity'   => $capacity,
				'defined_by' => $source,
				'updated_at' => current_time( 'mysql', true ),
			),
			array( 'id' => $event_id )
		);
		$after    = self::allocation( $event_id );
		$promoted = MSP_Widgets_Seats::promoted( $before, $after );
		foreach ( $promoted as $entry ) {
			self::add_action( 'event-promotion', $event_id, $entry['id'] );
		}
		$wpdb->query( 'COMMIT' );
		return self::answer(
			200,
			array(
				'event'    => $body,
				'promoted' => $promoted,
				'seats'    => MSP_Widgets_Seats::answer( $after ),
			)
		);
	}

	/** The checks of an event definition (the event feed's object, src/contracts/event-signup.ts). */
	private static function event_problems( $event_id, $body ) {
		$problems = array();
		if ( ! is_array( $body ) || array_values( $body ) === $body && $body ) {
			return array( array( 'path' => '(racine)', 'message' => 'un objet événement { id, title, kind, start, end, place, objectives }' ) );
		}
		if ( ! preg_match( '/^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/D', $event_id ) ) {
			$problems[] = array( 'path' => 'id', 'message' => 'un identifiant court (lettres, chiffres, - _ .)' );
		}
		if ( isset( $body['id'] ) && $body['id'] !== $event_id ) {
			$problems[] = array( 'path' => 'id', 'message' => 'le même id que dans l’adresse' );
		}
		if ( ! isset( $body['title'] ) || ! is_string( $body['title'] ) || '' === $body['title'] || MSP_Widgets_Validator::code_points( $body['title'] ) > 120 ) {
			$problems[] = array( 'path' => 'title', 'message' => 'un titre (120 caractères au plus)' );
		}
		foreach ( array( 'start', 'end' ) as $key ) {
			if ( ! isset( $body[ $key ] ) || ! is_string( $body[ $key ] ) || ! preg_match( '/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/', $body[ $key ] ) ) {
				$problems[] = array( 'path' => $key, 'message' => 'une date et heure AAAA-MM-JJTHH:MM' );
			}
		}
		if ( isset( $body['capacity'] ) && ( ! is_int( $body['capacity'] ) || $body['capacity'] < 1 || $body['capacity'] > 1000 ) ) {
			$problems[] = array( 'path' => 'capacity', 'message' => 'un nombre entier de 1 à 1000, ou rien (pas de limite)' );
		}
		return $problems;
	}

	/** DELETE /events/<id>: the definition goes, the signups stay. */
	public static function delete_event( $event_id ) {
		global $wpdb;
		$wpdb->update(
			MSP_Widgets_Schema::table( 'events' ),
			array( 'definition' => null, 'capacity' => null, 'defined_by' => '' ),
			array( 'id' => $event_id )
		);
		return self::answer( 204, null );
	}

	/** Events the team defined, with their definition (for the read API and the public feed). */
	public static function defined_events() {
		global $wpdb;
		$table = MSP_Widgets_Schema::table( 'events' );
		$rows  = $wpdb->get_results( "SELECT id, definition FROM $table WHERE definition IS NOT NULL ORDER BY id" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$out   = array();
		foreach ( $rows as $row ) {
			$definition = json_decode( $row->definition, true );
			if ( is_array( $definition ) ) {
				$definition['id'] = $row->id;
				$out[]            = $definition;
			}
		}
		return $out;
	}

	/** GET /events: the public event feed with live seats left; no personal data. */
	public static function events_feed() {
		$defined     = self::defined_events();
		$allocations = self::allocations(
			array_map(
				function ( $event ) {
					return $event['id'];
				},
				array_filter(
					$defined,
					function ( $event ) {
						return isset( $event['capacity'] );
					}
				)
			)
		);
		$events      = array();
		foreach ( $defined as $event ) {
			if ( isset( $allocations[ $event['id'] ] ) ) {
				$event['seatsLeft'] = (int) $allocations[ $event['id'] ]['left'];
			}
			$events[] = $event;
		}
		usort(
			$events,
			function ( $a, $b ) {
				return strcmp( (string) ( isset( $a['start'] ) ? $a['start'] : '' ), (string) ( isset( $b['start'] ) ? $b['start'] : '' ) );
			}
		);
		return array(
			'version'   => 1,
			'updatedAt' => gmdate( 'Y-m-d\TH:i:s\Z' ),
			'events'    => $events,
		);
	}

	/** GET /submissions?kind=…: what the team reads. */
	public static function read( $kind ) {
		global $wpdb;
		$table = MSP_Widgets_Schema::table( 'submissions' );
		$rows  = $kind
			? $wpdb->get_results( $wpdb->prepare( "SELECT envelope, received_at FROM $table WHERE kind = %s ORDER BY seq", $kind ) ) // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			: $wpdb->get_results( "SELECT envelope, received_at FROM $table ORDER BY seq" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$submissions = array();
		foreach ( $rows as $row ) {
			$envelope = json_decode( $row->envelope, true );
			if ( is_array( $envelope ) ) {
				$envelope['receivedAt'] = $row->received_at;
				$submissions[]          = $envelope;
			}
		}
		$actions = array();
		foreach ( $wpdb->get_results( 'SELECT type, at, data FROM ' . MSP_Widgets_Schema::table( 'actions' ) . ' ORDER BY seq' ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
			$actions[] = array(
				'type' => $row->type,
				'at'   => $row->at,
				'data' => json_decode( $row->data, true ),
			);
		}
		return array(
			'submissions' => $submissions,
			'actions'     => $actions,
			'answers'     => self::answers(),
			'events'      => self::defined_events(),
		);
	}

	/** The team's answers to ideas. */
	public static function answers() {
		global $wpdb;
		$out = array();
		foreach ( $wpdb->get_results( 'SELECT * FROM ' . MSP_Widgets_Schema::table( 'answers' ) . ' ORDER BY answered_at, idea_id' ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
			$out[] = array(
				'ideaId'      => $row->idea_id,
				'status'      => $row->status,
				'answer'      => $row->answer,
				'publishText' => (bool) $row->publish_text,
				'answeredAt'  => $row->answered_at,
			);
		}
		return $out;
	}

	/** PUT /ideas/<id>/answer { status, answer, publishText }. */
	public static function answer_idea( $idea_id, $body ) {
		global $wpdb;
		$idea_id = strtolower( $idea_id );
		$table   = MSP_Widgets_Schema::table( 'submissions' );
		$exists  = $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM $table WHERE kind = 'idea' AND id = %s", $idea_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( ! $exists ) {
			return self::answer( 404, array( 'error' => 'not-found', 'message' => sprintf( 'Aucune idée %s', $idea_id ) ) );
		}
		$problems = array();
		if ( ! is_array( $body ) ) {
			$body = array();
		}
		$status = isset( $body['status'] ) ? $body['status'] : null;
		$answer = isset( $body['answer'] ) ? $body['answer'] : null;
		if ( ! is_string( $status ) || ! preg_match( '/^[a-z0-9][a-z0-9-]{0,39}$/D', $status ) ) {
			$problems[] = array( 'path' => 'status', 'message' => 'un statut (identifiant court : a-z, 0-9, -)' );
		}
		if ( ! is_string( $answer ) || MSP_Widgets_Validator::code_points( $answer ) > 5000 ) {
			$problems[] = array( 'path' => 'answer', 'message' => 'un texte de 5000 caractères au plus' );
		} elseif ( is_string( $status ) && in_array( $status, self::DECIDED_STATUSES, true ) && '' === trim( $answer ) ) {
			$problems[] = array( 'path' => 'answer', 'message' => 'une réponse : une idée décidée porte toujours une réponse à la personne (HAS, fiche 1)' );
		}
		if ( ! isset( $body['publishText'] ) || ! is_bool( $body['publishText'] ) ) {
			$problems[] = array( 'path' => 'publishText', 'message' => 'vrai ou faux' );
		}
		if ( $problems ) {
			return self::answer( 422, array( 'error' => 'invalid', 'message' => 'Réponse invalide', 'problems' => $problems ) );
		}
		$saved = array(
			'idea_id'      => $idea_id,
			'status'       => $status,
			'answer'       => $answer,
			'publish_text' => $body['publishText'] ? 1 : 0,
			'answered_at'  => wp_date( 'Y-m-d' ),
		);
		$wpdb->replace( MSP_Widgets_Schema::table( 'answers' ), $saved );
		return self::answer(
			200,
			array(
				'ideaId'      => $idea_id,
				'status'      => $status,
				'answer'      => $answer,
				'publishText' => (bool) $body['publishText'],
				'answeredAt'  => $saved['answered_at'],
			)
		);
	}

	/** GET /feed: the answered ideas, their text only where the team chose it, never a contact. */
	public static function idea_feed() {
		global $wpdb;
		$submissions = MSP_Widgets_Schema::table( 'submissions' );
		$answers     = MSP_Widgets_Schema::table( 'answers' );
		$rows        = $wpdb->get_results( "SELECT s.id, s.envelope, a.status, a.answer, a.publish_text, a.answered_at FROM $answers a JOIN $submissions s ON s.id = a.idea_id AND s.kind = 'idea' ORDER BY a.answered_at DESC, s.seq DESC" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$ideas       = array();
		$themes      = array();
		$updated     = '';
		foreach ( $rows as $row ) {
			$envelope = json_decode( $row->envelope, true );
			$payload  = isset( $envelope['payload'] ) ? $envelope['payload'] : array();
			$idea     = array(
				'id'     => $row->id,
				'theme'  => $payload['theme'],
				'date'   => substr( $envelope['createdAt'], 0, 10 ),
				'status' => $row->status,
			);
			if ( $row->publish_text ) {
				$idea['text'] = $payload['text'];
			}
			if ( '' !== $row->answer ) {
				$idea['answer'] = $row->answer;
			}
			$idea['answeredAt']          = $row->answered_at;
			$ideas[]                     = $idea;
			$themes[ $payload['theme'] ] = $payload['themeLabel'];
			$updated                     = max( $updated, $row->answered_at );
		}
		$feed = array(
			'version'   => 1,
			'updatedAt' => '' === $updated ? wp_date( 'Y-m-d' ) : $updated,
			'structure' => mb_substr( MSP_Widgets_Settings::structure_name(), 0, 200 ),
			'themes'    => array(),
			'ideas'     => $ideas,
		);
		foreach ( $themes as $id => $label ) {
			$feed['themes'][] = array(
				'id'    => $id,
				'label' => $label,
			);
		}
		return $feed;
	}

	/** The normalised contact of a submission (for the privacy tools): e-mail in lower case, or the phone's digits. */
	public static function contact_of( $envelope ) {
		$value = null;
		if ( 'event-signup' === $envelope->kind && isset( $envelope->payload->contact->value ) ) {
			$value = $envelope->payload->contact->value;
		} elseif ( 'idea' === $envelope->kind && isset( $envelope->payload->participation->contact ) ) {
			$value = $envelope->payload->participation->contact;
		}
		return null === $value ? null : self::normalise_contact( $value );
	}

	/** `Jean@Example.FR ` → `jean@example.fr`; `06 12-34.56 78` → `0612345678`. */
	public static function normalise_contact( $value ) {
		$value = strtolower( trim( (string) $value ) );
		if ( false === strpos( $value, '@' ) ) {
			$value = preg_replace( '/\D+/', '', $value );
		}
		return substr( $value, 0, 200 );
	}

	/** JSON with object keys sorted at every level: the same value gives the same text. */
	public static function canonical( $value ) {
		if ( $value instanceof stdClass ) {
			$vars = get_object_vars( $value );
			ksort( $vars, SORT_STRING );
			$parts = array();
			foreach ( $vars as $key => $item ) {
				$parts[] = json_encode( (string) $key, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) . ':' . self::canonical( $item ); // phpcs:ignore WordPress.WP.AlternativeFunctions.json_encode_json_encode
			}
			return '{' . implode( ',', $parts ) . '}';
		}
		if ( is_array( $value ) ) {
			return '[' . implode( ',', array_map( array( __CLASS__, 'canonical' ), $value ) ) . ']';
		}
		if ( is_float( $value ) && floor( $value ) === $value && abs( $value ) < 1e15 ) {
			return (string) (int) $value; // 1.0 and 1 are the same JSON number.
		}
		return json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ); // phpcs:ignore WordPress.WP.AlternativeFunctions.json_encode_json_encode
	}

	/** Whether the database takes a write (GET /health). */
	public static function writable() {
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		$wpdb->query( 'START TRANSACTION' );
		$ok = false !== $wpdb->query( $wpdb->prepare( 'INSERT INTO ' . MSP_Widgets_Schema::table( 'events' ) . " (id, defined_by) VALUES (%s, 'health')", '~health-' . wp_generate_password( 8, false ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$wpdb->query( 'ROLLBACK' );
		$wpdb->suppress_errors( $suppress );
		return $ok;
	}

	/** An answer: status, body, headers. */
	public static function answer( $status, $body, array $headers = array() ) {
		return array(
			'status'  => $status,
			'body'    => $body,
			'headers' => $headers,
		);
	}
}
