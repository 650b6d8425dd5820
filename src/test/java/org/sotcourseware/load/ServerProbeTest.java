package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServerProbeTest {

    @Test
    void cpu_time_is_utime_plus_stime_even_when_the_command_name_has_spaces() {
        String stat = "25745 (java main) S 1 25745 1 0 -1 4194304 52311 0 12 0 1234 567 0 0 20 0 61 0 1906 4029513728 132000 "
                + "18446744073709551615 1 1 0 0 0 0 0 2 16800975 0 0 0 17 1 0 0 0 0 0";
        assertThat(ServerProbe.cpuTicks(stat)).isEqualTo(1234 + 567);
    }

    @Test
    void the_resident_set_comes_from_vm_rss() {
        assertThat(ServerProbe.rssKb("Name:\tjava\nVmPeak:\t 999 kB\nVmRSS:\t  545024 kB\nRssAnon:\t 1 kB\n")).isEqualTo(545024);
    }

    @Test
    void the_live_heap_is_read_from_g1_and_from_generational_heap_info() {
        String g1 = """
                25745:
                 garbage-first heap   total reserved 1048576K, committed 126976K, used 53289K [0x00000000c0000000, 0x0000000100000000)
                  region size 1024K, 1 young (1024K), 0 survivors (0K)
                 Metaspace       used 121712K, committed 122880K, reserved 1179648K
                """;
        assertThat(ServerProbe.heapUsedKb(g1)).hasValue(53289);
        String serial = """
                 def new generation   total 9792K, used 1000K [0x1, 0x2, 0x3)
                 tenured generation   total 21888K, used 20000K [0x4, 0x5, 0x6)
                 Metaspace       used 9999K, committed 10000K, reserved 1114112K
                """;
        assertThat(ServerProbe.heapUsedKb(serial)).hasValue(21000);
        assertThat(ServerProbe.heapUsedKb("nothing here")).isEmpty();
    }

    @Test
    void the_live_heap_is_the_total_of_a_class_histogram() {
        String histogram = """
                12345:
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:        201515       18402352  [B (java.base@25)
                   2:         22154        1897640  java.lang.String (java.base@25)
                Total        223669       20299992
                """;
        assertThat(ServerProbe.histogramTotal(histogram)).hasValue(20299992);
        assertThat(ServerProbe.histogramTotal("12345:\nCommand not found")).isEmpty();
    }

    @Test
    void cpu_percent_is_cpu_time_over_wall_time_between_readings() {
        List<double[]> cpu = ServerProbe.cpuPercent(List.of(new ServerProbe.Reading(0, 0, 0), new ServerProbe.Reading(2000, 3000, 0)));
        assertThat(cpu.getFirst()[1]).isEqualTo(150.0);
    }
}
