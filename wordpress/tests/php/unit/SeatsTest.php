<?php
use PHPUnit\Framework\TestCase;

/** The seat rule: the same cases as collector/test/seats.test.ts. */
final class SeatsTest extends TestCase {

	private static function signups( array $seats ) {
		$out = array();
		foreach ( $seats as $i => $n ) {
			$out[] = array( 'id' => 's' . ( $i + 1 ), 'seats' => $n );
		}
		return $out;
	}

	private static function ids( array $entries ) {
		return array_map(
			function ( $e ) {
				return $e['id'];
			},
			$entries
		);
	}

	public function test_confirms_in_arrival_order_up_to_capacity_then_waits_in_order() {
		$a = MSP_Widgets_Seats::allocate( 'marche', 3, self::signups( array( 1, 1, 1, 1, 1 ) ) );
		$this->assertSame( array( 's1', 's2', 's3' ), self::ids( $a['confirmed'] ) );
		$this->assertSame( array( 's4', 's5' ), self::ids( $a['waiting'] ) );
		$this->assertSame( array( 'eventId' => 'marche', 'capacity' => 3, 'taken' => 3, 'left' => 0, 'waiting' => 2 ), MSP_Widgets_Seats::answer( $a ) );
		$this->assertSame( array( 'status' => 'waiting', 'position' => 2 ), MSP_Widgets_Seats::registration( $a, 's5' ) );
		$this->assertSame( array( 'status' => 'confirmed' ), MSP_Widgets_Seats::registration( $a, 's1' ) );
		$this->assertNull( MSP_Widgets_Seats::registration( $a, 'nobody' ) );
	}

	public function test_strict_queue_nobody_overtakes_a_person_waiting() {
		// 2 seats left, a group of three waits; the person alone behind them waits too.
		$a = MSP_Widgets_Seats::allocate( 'atelier', 4, self::signups( array( 2, 3, 1 ) ) );
		$this->assertSame( array( 's1' ), self::ids( $a['confirmed'] ) );
		$this->assertSame( array( 's2', 's3' ), self::ids( $a['waiting'] ) );
		$this->assertSame( 0, $a['left'] );
	}

	public function test_no_capacity_confirms_everyone() {
		$a = MSP_Widgets_Seats::allocate( 'comite', null, self::signups( array( 1, 10, 4 ) ) );
		$this->assertCount( 3, $a['confirmed'] );
		$this->assertNull( $a['left'] );
		$this->assertNull( $a['capacity'] );
	}

	public function test_a_cancellation_frees_seats_and_promotes_the_first_person_waiting() {
		$signups  = self::signups( array( 2, 1, 2, 1 ) );
		$before   = MSP_Widgets_Seats::allocate( 'etp', 3, $signups );
		$after    = MSP_Widgets_Seats::allocate( 'etp', 3, $signups, array( 's1' ) );
		$promoted = MSP_Widgets_Seats::promoted( $before, $after );
		$this->assertSame( array( 's3' ), self::ids( $promoted ) );
		$this->assertSame( array( 's2', 's3' ), self::ids( $after['confirmed'] ) );
		$this->assertSame( array( 's4' ), self::ids( $after['waiting'] ) );
	}

	public function test_raising_the_capacity_promotes_in_arrival_order() {
		$signups = self::signups( array( 1, 1, 1, 1 ) );
		$before  = MSP_Widgets_Seats::allocate( 'etp', 2, $signups );
		$after   = MSP_Widgets_Seats::allocate( 'etp', 3, $signups );
		$this->assertSame( array( 's3' ), self::ids( MSP_Widgets_Seats::promoted( $before, $after ) ) );
	}
}
