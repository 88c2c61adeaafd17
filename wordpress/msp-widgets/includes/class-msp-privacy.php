<?php
/**
 * Privacy built in: WordPress's personal-data exporter and eraser (an event signup or an idea's
 * participation contact, found by the e-mail of the request), the suggested privacy-policy text, and
 * the retention run daily by WP-Cron (contacts first, then everything older than the long limit).
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || exit;

class MSP_Widgets_Privacy {

	const CRON = 'msp_widgets_retention';

	public static function hooks() {
		add_filter( 'wp_privacy_personal_data_exporters', array( __CLASS__, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( __CLASS__, 'register_eraser' ) );
		add_action( 'admin_init', array( __CLASS__, 'policy_text' ) );
		add_action( self::CRON, array( __CLASS__, 'retention' ) );
		add_action( 'init', array( __CLASS__, 'schedule' ) );
	}

	public static function schedule() {
		if ( ! wp_next_scheduled( self::CRON ) ) {
			wp_schedule_event( time() + 60, 'daily', self::CRON );
		}
	}

	public static function unschedule() {
		wp_clear_scheduled_hook( self::CRON );
	}

	public static function register_exporter( $exporters ) {
		$exporters['msp-widgets'] = array(
			'exporter_friendly_name' => __( 'Participation des usagers (inscriptions, contacts laissés avec une idée)', 'msp-widgets' ),
			'callback'               => array( __CLASS__, 'export' ),
		);
		return $exporters;
	}

	public static function register_eraser( $erasers ) {
		$erasers['msp-widgets'] = array(
			'eraser_friendly_name' => __( 'Participation des usagers (inscriptions, contacts laissés avec une idée)', 'msp-widgets' ),
			'callback'             => array( __CLASS__, 'erase' ),
		);
		return $erasers;
	}

	/** The submissions that carry this contact (an e-mail; or a phone number, written any way). */
	private static function rows_for( $contact ) {
		global $wpdb;
		$table = MSP_Widgets_Schema::table( 'submissions' );
		$key   = MSP_Widgets_Store::normalise_contact( $contact );
		if ( '' === $key ) {
			return array();
		}
		return $wpdb->get_results( $wpdb->prepare( "SELECT seq, id, kind, envelope, received_at FROM $table WHERE contact = %s ORDER BY seq", $key ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/**
	 * Exporter: each signup and each idea participation of this person.
	 *
	 * @param string $email The request's e-mail address.
	 */
	public static function export( $email, $page = 1 ) {
		$items = array();
		foreach ( self::rows_for( $email ) as $row ) {
			$envelope = json_decode( $row->envelope, true );
			$p        = $envelope['payload'];
			if ( 'event-signup' === $row->kind ) {
				$data = array(
					array( 'name' => __( 'Événement', 'msp-widgets' ), 'value' => $p['eventTitle'] ),
					array( 'name' => __( 'Date de l’événement', 'msp-widgets' ), 'value' => $p['eventStart'] ),
					array( 'name' => __( 'Prénom ou pseudonyme', 'msp-widgets' ), 'value' => $p['name'] ),
					array( 'name' => __( 'Contact', 'msp-widgets' ), 'value' => $p['contact']['value'] ),
					array( 'name' => __( 'Nombre de places', 'msp-widgets' ), 'value' => (string) $p['seats'] ),
					array( 'name' => __( 'Reçue le', 'msp-widgets' ), 'value' => $row->received_at ),
				);
				if ( ! empty( $p['accessNeeds'] ) ) {
					$data[] = array( 'name' => __( 'Besoins d’accessibilité', 'msp-widgets' ), 'value' => $p['accessNeeds'] );
				}
				$group = array( 'msp-signups', __( 'Inscriptions aux ateliers', 'msp-widgets' ) );
			} else {
				$data  = array(
					array( 'name' => __( 'Idée', 'msp-widgets' ), 'value' => $p['text'] ),
					array( 'name' => __( 'Contact', 'msp-widgets' ), 'value' => $p['participation']['contact'] ),
					array( 'name' => __( 'Accord donné', 'msp-widgets' ), 'value' => $p['participation']['consentText'] ),
					array( 'name' => __( 'Reçue le', 'msp-widgets' ), 'value' => $row->received_at ),
				);
				$group = array( 'msp-ideas', __( 'Idées avec un contact', 'msp-widgets' ) );
			}
			$items[] = array(
				'group_id'    => $group[0],
				'group_label' => $group[1],
				'item_id'     => 'msp-' . $row->id,
				'data'        => $data,
			);
		}
		return array(
			'data' => $items,
			'done' => true,
		);
	}

	/**
	 * Eraser: deletes this person's signups (seats freed, the first people waiting promoted) and removes
	 * the contact from their ideas (the idea itself is anonymous and stays). Nothing else is touched.
	 */
	public static function erase( $email, $page = 1 ) {
		$removed  = 0;
		$messages = array();
		foreach ( self::rows_for( $email ) as $row ) {
			if ( 'event-signup' === $row->kind ) {
				self::delete_signup( $row );
			} else {
				self::strip_participation( $row );
			}
			++$removed;
		}
		if ( $removed ) {
			$messages[] = sprintf( _n( '%d envoi effacé ou anonymisé.', '%d envois effacés ou anonymisés.', $removed, 'msp-widgets' ), $removed );
		}
		return array(
			'items_removed'  => $removed > 0,
			'items_retained' => false,
			'messages'       => $messages,
			'done'           => true,
		);
	}

	/** A signup goes; its event's queue moves forward (promotions recorded as team actions). */
	private static function delete_signup( $row ) {
		global $wpdb;
		$envelope = json_decode( $row->envelope, true );
		$event_id = $envelope['payload']['eventId'];
		MSP_Widgets_Store::cancel( $event_id, array( 'signupId' => $row->id ) );
		$wpdb->delete( MSP_Widgets_Schema::table( 'submissions' ), array( 'seq' => $row->seq ) );
		// The signup is gone: so are the team's notes about it (its cancellation, promotion, notice).
		$wpdb->delete( MSP_Widgets_Schema::table( 'actions' ), array( 'signup_id' => $row->id ) );
	}

	/** An idea keeps its text; its participation (contact, consent) goes. */
	private static function strip_participation( $row ) {
		global $wpdb;
		$envelope = json_decode( $row->envelope );
		unset( $envelope->payload->participation );
		$wpdb->update(
			MSP_Widgets_Schema::table( 'submissions' ),
			array(
				'envelope' => wp_json_encode( $envelope ),
				'contact'  => null,
			),
			array( 'seq' => $row->seq )
		);
	}

	/**
	 * Daily retention. Contacts first: signups whose event ended more than `contacts_months` ago, and
	 * idea contacts older than that; then every submission older than `submissions_months`.
	 *
	 * @param int|null $now Unix time (tests pass one).
	 */
	public static function retention( $now = null ) {
		global $wpdb;
		$now        = $now ? (int) $now : time();
		$table      = MSP_Widgets_Schema::table( 'submissions' );
		$contacts   = gmdate( 'Y-m-d', strtotime( '-' . (int) MSP_Widgets_Settings::get( 'contacts_months' ) . ' months', $now ) );
		$everything = gmdate( 'Y-m-d', strtotime( '-' . (int) MSP_Widgets_Settings::get( 'submissions_months' ) . ' months', $now ) );

		$signups = $wpdb->get_results( $wpdb->prepare( "SELECT seq, id, envelope FROM $table WHERE kind = 'event-signup' AND COALESCE(event_end, received_day) < %s", $contacts ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		foreach ( $signups as $row ) {
			$wpdb->delete( $table, array( 'seq' => $row->seq ) );
			$wpdb->delete( MSP_Widgets_Schema::table( 'actions' ), array( 'signup_id' => $row->id ) );
		}
		$ideas = $wpdb->get_results( $wpdb->prepare( "SELECT seq, envelope FROM $table WHERE kind = 'idea' AND contact IS NOT NULL AND received_day < %s", $contacts ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		foreach ( $ideas as $row ) {
			self::strip_participation( $row );
		}
		$old = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM $table WHERE received_day < %s", $everything ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		foreach ( $old as $id ) {
			$wpdb->delete( $table, array( 'id' => $id ) );
			$wpdb->delete( MSP_Widgets_Schema::table( 'answers' ), array( 'idea_id' => $id ) );
		}
		return array(
			'signups'      => count( $signups ),
			'ideaContacts' => count( $ideas ),
			'submissions'  => count( $old ),
		);
	}

	/** The suggested text for the site's privacy policy (Réglages › Confidentialité › Guide). */
	public static function policy_text() {
		if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
			return;
		}
		$contacts = (int) MSP_Widgets_Settings::get( 'contacts_months' );
		$rest     = (int) MSP_Widgets_Settings::get( 'submissions_months' );
		$content  = '<h2>' . esc_html__( 'Participation des usagers', 'msp-widgets' ) . '</h2>'
			. '<p class="privacy-policy-tutorial">' . esc_html__( 'Texte proposé par l’extension MSP Widgets. Adaptez les durées et le nom de la personne à contacter.', 'msp-widgets' ) . '</p>'
			. '<p><strong>' . esc_html__( 'Boîte à idées.', 'msp-widgets' ) . '</strong> ' . esc_html( sprintf( __( 'Votre idée est anonyme : nous gardons le sujet, le texte et le jour d’envoi (pas l’heure), jamais votre adresse IP ni votre navigateur. Si vous choisissez de participer à la vie de la maison de santé, nous gardons aussi le contact que vous donnez, avec votre accord, %d mois au plus.', 'msp-widgets' ), $contacts ) ) . '</p>'
			. '<p><strong>' . esc_html__( 'Questionnaire de satisfaction.', 'msp-widgets' ) . '</strong> ' . esc_html__( 'Vos réponses sont anonymes : nous gardons les réponses et le jour d’envoi, ni nom, ni contact, ni adresse IP.', 'msp-widgets' ) . '</p>'
			. '<p><strong>' . esc_html__( 'Inscriptions aux ateliers.', 'msp-widgets' ) . '</strong> ' . esc_html( sprintf( __( 'Nous gardons votre prénom ou pseudonyme, le téléphone ou l’e-mail que vous donnez, le nombre de places et vos besoins d’accessibilité, pour organiser l’atelier et vous prévenir d’un changement. Ces données sont effacées %d mois après l’atelier. Seule l’équipe qui organise les ateliers les voit.', 'msp-widgets' ), $contacts ) ) . '</p>'
			. '<p>' . esc_html( sprintf( __( 'Les autres envois sont effacés après %d mois. Vous pouvez demander à consulter ou effacer vos données à tout moment : l’équipe utilise pour cela les outils de confidentialité de WordPress.', 'msp-widgets' ), $rest ) ) . '</p>';
		wp_add_privacy_policy_content( __( 'MSP Widgets — participation des usagers', 'msp-widgets' ), wp_kses_post( $content ) );
	}
}
