<?php
/**
 * The seat rule of an event (src/contracts/seats.ts, in PHP): a strict queue over the signups in
 * arrival order. A signup is confirmed only if it and everyone before it fits, so nobody overtakes a
 * person already waiting; cancelling only moves the queue forward. Pure functions, unit-tested by
 * wordpress/tests/php/seats-test.php against the same cases as the TypeScript rule.
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || defined( 'MSP_WIDGETS_CLI' ) || exit;

class MSP_Widgets_Seats {

	/**
	 * Seats of one event.
	 *
	 * @param string   $event_id  The event.
	 * @param int|null $capacity  Seats in all, null for no limit (the team's definition only).
	 * @param array    $signups   Signups in arrival order: arrays { id, seats }.
	 * @param array    $cancelled Ids of cancelled signups.
	 * @return array { eventId, capacity, confirmed, waiting, taken, left }
	 */
	public static function allocate( $event_id, $capacity, array $signups, array $cancelled = array() ) {
		$cancelled = array_flip( $cancelled );
		$confirmed = array();
		$waiting   = array();
		$taken     = 0;
		foreach ( $signups as $signup ) {
			if ( isset( $cancelled[ $signup['id'] ] ) ) {
				continue;
			}
			$entry = array(
				'id'    => (string) $signup['id'],
				'seats' => (int) $signup['seats'],
			);
			if ( ! $waiting && ( null === $capacity || $taken + $entry['seats'] <= $capacity ) ) {
				$confirmed[] = $entry;
				$taken      += $entry['seats'];
			} else {
				$waiting[] = $entry;
			}
		}
		$left = null === $capacity ? null : ( $waiting ? 0 : max( 0, $capacity - $taken ) );
		return array(
			'eventId'   => (string) $event_id,
			'capacity'  => null === $capacity ? null : (int) $capacity,
			'confirmed' => $confirmed,
			'waiting'   => $waiting,
			'taken'     => $taken,
			'left'      => $left,
		);
	}

	/** The place of one signup, as the 201 answer gives it; null when it is not there. */
	public static function registration( array $allocation, $signup_id ) {
		foreach ( $allocation['confirmed'] as $entry ) {
			if ( $entry['id'] === $signup_id ) {
				return array( 'status' => 'confirmed' );
			}
		}
		foreach ( $allocation['waiting'] as $index => $entry ) {
			if ( $entry['id'] === $signup_id ) {
				return array(
					'status'   => 'waiting',
					'position' => $index + 1,
				);
			}
		}
		return null;
	}

	/** What GET /events/<id>/seats answers: counts only. */
	public static function answer( array $allocation ) {
		return array(
			'eventId'  => $allocation['eventId'],
			'capacity' => $allocation['capacity'],
			'taken'    => $allocation['taken'],
			'left'     => $allocation['left'],
			'waiting'  => count( $allocation['waiting'] ),
		);
	}

	/** Who moved from the waiting list to a seat between two allocations (promotedBetween): the people to tell. */
	public static function promoted( array $before, array $after ) {
		$was_confirmed = array();
		$was_waiting   = array();
		foreach ( $before['confirmed'] as $entry ) {
			$was_confirmed[ $entry['id'] ] = true;
		}
		foreach ( $before['waiting'] as $entry ) {
			$was_waiting[ $entry['id'] ] = true;
		}
		return array_values(
			array_filter(
				$after['confirmed'],
				function ( $entry ) use ( $was_confirmed, $was_waiting ) {
					return ! isset( $was_confirmed[ $entry['id'] ] ) && isset( $was_waiting[ $entry['id'] ] );
				}
			)
		);
	}
}
