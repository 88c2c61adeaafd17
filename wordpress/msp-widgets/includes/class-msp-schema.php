<?php
/**
 * The plugin's tables, created and upgraded with dbDelta; the version is stored in an option and each
 * upgrade step runs once, in order.
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || exit;

class MSP_Widgets_Schema {

	/** Version of the tables; raise it and add a step to upgrade(). */
	const VERSION = 2;
	const OPTION  = 'msp_widgets_db_version';

	/** Table names, with the site's prefix. */
	public static function table( $name ) {
		global $wpdb;
		return $wpdb->prefix . 'msp_' . $name;
	}

	/** Activation: tables, capability, retention schedule. */
	public static function activate() {
		self::upgrade();
		foreach ( array( 'administrator', 'editor' ) as $name ) {
			$role = get_role( $name );
			if ( $role ) {
				$role->add_cap( MSP_WIDGETS_CAPABILITY );
			}
		}
		MSP_Widgets_Privacy::schedule();
	}

	/** Runs on every load: cheap when the stored version is current. */
	public static function maybe_upgrade() {
		if ( (int) get_option( self::OPTION, 0 ) < self::VERSION ) {
			self::upgrade();
		}
	}

	/** Brings the tables to VERSION. dbDelta adds tables, columns and keys; data steps follow. */
	public static function upgrade() {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$from    = (int) get_option( self::OPTION, 0 );
		$charset = $wpdb->get_charset_collate();

		// InnoDB: the seat rule locks an event's row (SELECT … FOR UPDATE) inside a transaction.
		$submissions = self::table( 'submissions' );
		$events      = self::table( 'events' );
		$actions     = self::table( 'actions' );
		$answers     = self::table( 'answers' );
		dbDelta(
			"CREATE TABLE $submissions (
  seq bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  id varchar(36) NOT NULL,
  kind varchar(20) NOT NULL,
  body_hash char(64) NOT NULL,
  envelope longtext NOT NULL,
  response longtext NOT NULL,
  status smallint(5) unsigned NOT NULL DEFAULT 201,
  received_at varchar(24) NOT NULL,
  received_day date NOT NULL,
  event_id varchar(60) DEFAULT NULL,
  event_end date DEFAULT NULL,
  seats smallint(5) unsigned DEFAULT NULL,
  contact varchar(200) DEFAULT NULL,
  PRIMARY KEY  (seq),
  UNIQUE KEY id (id),
  KEY kind (kind),
  KEY event_id (event_id),
  KEY contact (contact(100)),
  KEY received_day (received_day)
) ENGINE=InnoDB $charset;
CREATE TABLE $events (
  id varchar(60) NOT NULL,
  definition longtext DEFAULT NULL,
  capacity int(10) unsigned DEFAULT NULL,
  defined_by varchar(20) NOT NULL DEFAULT '',
  updated_at datetime DEFAULT NULL,
  PRIMARY KEY  (id)
) ENGINE=InnoDB $charset;
CREATE TABLE $actions (
  seq bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  type varchar(40) NOT NULL,
  at varchar(24) NOT NULL,
  event_id varchar(60) DEFAULT NULL,
  signup_id varchar(36) DEFAULT NULL,
  data longtext NOT NULL,
  PRIMARY KEY  (seq),
  KEY event_id (event_id),
  KEY signup_id (signup_id)
) ENGINE=InnoDB $charset;
CREATE TABLE $answers (
  idea_id varchar(36) NOT NULL,
  status varchar(40) NOT NULL,
  answer text NOT NULL,
  publish_text tinyint(1) NOT NULL DEFAULT 0,
  answered_at date NOT NULL,
  PRIMARY KEY  (idea_id)
) ENGINE=InnoDB $charset;"
		);

		if ( $from > 0 && $from < 2 ) {
			// Version 2 added event_end (the contacts' retention counts from the event's end): fill it.
			$rows = $wpdb->get_results( "SELECT seq, envelope FROM $submissions WHERE kind = 'event-signup' AND event_end IS NULL" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			foreach ( $rows as $row ) {
				$envelope = json_decode( $row->envelope );
				$end      = isset( $envelope->payload->eventEnd ) ? substr( $envelope->payload->eventEnd, 0, 10 ) : null;
				$wpdb->update( $submissions, array( 'event_end' => $end ), array( 'seq' => $row->seq ) );
			}
		}
		update_option( self::OPTION, self::VERSION );
	}

	/** Removes the tables and options (uninstall, when the administrator chose it). */
	public static function drop() {
		global $wpdb;
		foreach ( array( 'submissions', 'events', 'actions', 'answers' ) as $name ) {
			$wpdb->query( 'DROP TABLE IF EXISTS ' . self::table( $name ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		}
		delete_option( self::OPTION );
	}
}
